// Seed: 002_c52e49598bf4ced6.txt, 2.4 原型链
// Class prototypes are prototype maps; calling the methods from a function with a feedback
// vector makes the prototypes on the chain fast.
class Animal {
  constructor(type) { this.type = type; }
  getInfo() { return 'Type is: ' + this.type; }
}
class Dog extends Animal {
  constructor() { super('Dog'); this.color = 'Black'; }
  bark() { return 'woof'; }
}
console.log('Animal.prototype fast', %HasFastProperties(Animal.prototype), 'Dog.prototype fast', %HasFastProperties(Dog.prototype));
let d = new Dog();
let d2 = new Dog();
console.log('dog vs dog:', %HaveSameMap(d, d2), 'dog vs animal:', %HaveSameMap(d, new Animal('Dog')));
function call(o) { return o.getInfo(); }
%EnsureFeedbackVectorForFunction(call);
console.log(call(d));
console.log('after call(d): Animal.prototype fast', %HasFastProperties(Animal.prototype), 'Dog.prototype fast', %HasFastProperties(Dog.prototype));
Dog.prototype.run = function () { return 'run'; };
console.log('after adding run: Dog.prototype fast', %HasFastProperties(Dog.prototype));
console.log('d vs d2 after prototype change:', %HaveSameMap(d, d2));
