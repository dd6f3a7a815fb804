// The notes' animal and dog (2.4.2) with Object.create instead of __proto__.
// Seed: 002_c52e49598bf4ced6.txt, 2.4.2
// record: debugprint
let animal = {
  type: 'Default',
  color: 'Default',
  getInfo: function () {
    return `Type is: ${this.type}，color is ${this.color}.`;
  },
};
let dog = Object.create(animal);
dog.type = 'Dog';
dog.color = 'Black';
%DebugPrint(dog);
%DebugPrint(animal);
console.log(dog.getInfo());
