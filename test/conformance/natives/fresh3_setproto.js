// Object.setPrototypeOf and __proto__ assignment: the notes' animal/dog (2.4.2).
let animal = {
  type: 'Default',
  color: 'Default',
  getInfo: function () {
    return `Type is: ${this.type}，color is ${this.color}.`;
  }
};
let dog = { type: 'Dog', color: 'Black' };
let cat = { type: 'Cat', color: 'White' };
console.log('dog vs cat before:', %HaveSameMap(dog, cat));
console.log('animal fast before:', %HasFastProperties(animal));
dog.__proto__ = animal;
console.log('dog vs cat after dog.__proto__ = animal:', %HaveSameMap(dog, cat));
console.log('animal fast after becoming a prototype:', %HasFastProperties(animal));
Object.setPrototypeOf(cat, animal);
console.log('dog vs cat, both on animal:', %HaveSameMap(dog, cat));
console.log(dog.getInfo());
console.log('dog fast:', %HasFastProperties(dog));
let bird = { type: 'Bird', color: 'Blue' };
Object.setPrototypeOf(bird, animal);
console.log('bird vs dog:', %HaveSameMap(bird, dog));
let fish = Object.create(animal);
fish.type = 'Fish';
fish.color = 'Gold';
console.log('Object.create(animal) + 2 vs dog:', %HaveSameMap(fish, dog));
