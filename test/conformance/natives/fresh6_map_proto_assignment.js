// The notes' dog.__proto__ = animal (2.4.2): changing the prototype changes the map; the animal
// object becomes a prototype.
// Seed: 002_c52e49598bf4ced6.txt, 2.4.2
let animal = {
  type: 'Default',
  color: 'Default',
  getInfo: function () {
    return `Type is: ${this.type}，color is ${this.color}.`;
  },
};
let dog = {
  type: 'Dog',
  color: 'Black',
};
let cat = {
  type: 'Cat',
  color: 'White',
};
console.log('dog/cat before', %HaveSameMap(dog, cat));
console.log('animal fast before', %HasFastProperties(animal));
dog.__proto__ = animal;
console.log('dog/cat after', %HaveSameMap(dog, cat));
console.log('dog fast', %HasFastProperties(dog));
console.log('animal fast after', %HasFastProperties(animal));
cat.__proto__ = animal;
console.log('dog/cat both', %HaveSameMap(dog, cat));
console.log(dog.getInfo());
console.log(cat.getInfo());
