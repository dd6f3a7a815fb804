// Seed: 002_c52e49598bf4ced6.txt, §2.4.2 利用 __proto__ 实现继承 (animal and dog).
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
dog.__proto__ = animal;
// Added: dog finds getInfo on its prototype; `this` is still dog.
console.log(dog.getInfo());
console.log(animal.getInfo());
console.log(Object.getPrototypeOf(dog) === animal, dog.hasOwnProperty('getInfo'), 'getInfo' in dog);
delete dog.color;
console.log(dog.getInfo());
