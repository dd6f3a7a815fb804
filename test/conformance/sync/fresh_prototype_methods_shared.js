function Car(make) { this.make = make; this.wheels = 4; }
Car.prototype.describe = function () { return `${this.make} with ${this.wheels} wheels`; };
Car.prototype.honk = () => 'beep';
Car.prototype.owners = [];
const a = new Car('vw'), b = new Car('fiat');
a.owners.push('ann');
console.log(b.owners, a.describe === b.describe, a.hasOwnProperty('describe'), 'describe' in a);
b.wheels = 3;
console.log(a.describe(), b.describe(), Object.keys(b));
console.log(a, Car.prototype, Object.getOwnPropertyNames(Car.prototype));
Car.prototype.describe = function () { return 'replaced'; };
console.log(a.describe(), b.describe());
Car.prototype = { describe() { return 'new proto'; } };
const c = new Car('seat');
console.log(a.describe(), c.describe(), c.constructor === Car, c.constructor === Object, a instanceof Car, c instanceof Car);
console.log(c);
