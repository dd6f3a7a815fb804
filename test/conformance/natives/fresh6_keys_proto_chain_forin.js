// for-in walks the prototype chain: own keys first (integers ascending), then the prototype's,
// shadowed keys once; Object.keys only the own ones.
let animal = { type: 'Default', color: 'Default', 2: 'two', legs: 4 };
let dog = Object.create(animal);
dog.type = 'Dog';
dog.name = 'Rex';
dog[1] = 'one';
for (let key in dog) console.log(`index:${key}  value:${dog[key]}`);
console.log(Object.keys(dog).join(','));
console.log('color' in dog, dog.hasOwnProperty('color'));
Object.defineProperty(animal, 'legs', { enumerable: false });
for (let key in dog) console.log('again', key);
