// A class is mostly sugar over constructor functions and prototypes.
function OldDog(name) {
  this.name = name;
}
OldDog.prototype.bark = function () {
  return this.name + ' says woof';
};
class NewDog {
  constructor(name) {
    this.name = name;
  }
  bark() {
    return this.name + ' says woof';
  }
}
const a = new OldDog('rex');
const b = new NewDog('max');
console.log(a.bark(), b.bark(), typeof OldDog, typeof NewDog);
console.log(Object.keys(OldDog.prototype), Object.keys(NewDog.prototype));
console.log(Object.getOwnPropertyNames(NewDog.prototype), NewDog.prototype.constructor === NewDog);
console.log(Object.getOwnPropertyDescriptor(NewDog.prototype, 'bark').enumerable, Object.getOwnPropertyDescriptor(OldDog.prototype, 'bark').enumerable);
for (const k in a) console.log('for-in OldDog:', k);
for (const k in b) console.log('for-in NewDog:', k);
function Puppy(name) {
  OldDog.call(this, name);
}
Puppy.prototype = Object.create(OldDog.prototype);
Puppy.prototype.constructor = Puppy;
const p = new Puppy('bit');
console.log(p.bark(), p instanceof OldDog, Object.getPrototypeOf(Object.getPrototypeOf(p)) === OldDog.prototype);
console.log(a, b, p);
