// Seed: 002_c52e49598bf4ced6.txt, 2.4.2 利用 __proto__ 实现继承
// dog.__proto__ = animal changes dog's map (the prototype is in the map) and turns animal into a
// prototype; a second object with the same literal shape and the same prototype shares dog's map.
let animal = {
  type: 'Default',
  color: 'Default',
  getInfo: function () {
    return `Type is: ${this.type}，color is ${this.color}.`;
  }
};
let dog = {
  type: 'Dog',
  color: 'Black'
};
let cat = {
  type: 'Cat',
  color: 'White'
};
// Added:
console.log('dog vs cat before:', %HaveSameMap(dog, cat));
console.log('animal fast before:', %HasFastProperties(animal));
dog.__proto__ = animal;
console.log('dog vs cat after dog.__proto__ = animal:', %HaveSameMap(dog, cat));
console.log('animal fast after:', %HasFastProperties(animal), 'dog fast:', %HasFastProperties(dog));
cat.__proto__ = animal;
console.log('dog vs cat after cat.__proto__ = animal:', %HaveSameMap(dog, cat));
console.log(dog.getInfo());
function info(o) { return o.getInfo(); }
for (let i = 0; i < 20; i++) info(dog);
console.log(info(cat));
console.log('animal fast after calls:', %HasFastProperties(animal));
