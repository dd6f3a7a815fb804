// Seed: 002_c52e49598bf4ced6.txt, 2.4 原型链 and 3.7 内联缓存
// record: ic
// Loading a method found on the prototype chain (class methods, an inherited method, an own
// method shadowing it): the load IC records the receiver's map.
class Animal {
  constructor(type) { this.type = type; }
  getInfo() { return 'Type is: ' + this.type; }
}
class Dog extends Animal {
  bark() { return 'woof'; }
}
function info(a) {
  return a.getInfo();
}
%EnsureFeedbackVectorForFunction(info);
let a = new Animal('a');
let d = new Dog('d');
info(a);
info(a);
info(d);
let own = new Animal('own');
own.getInfo = function () { return 'own'; };
info(own);
console.log(info(d), info(own));
