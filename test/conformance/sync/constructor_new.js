// Constructor functions and what `new` does.
function Car(make, year) {
  this.make = make;
  this.year = year;
}
Car.prototype.age = function (now) {
  return now - this.year;
};
const car = new Car('Volvo', 2010);
console.log(car.make, car.age(2024), car instanceof Car, car.constructor.name);

function NoNew(x) {
  if (!(this instanceof NoNew)) return new NoNew(x);
  this.x = x;
}
console.log(NoNew(5).x, new NoNew(6).x);

function ReturnsObject() {
  this.ignored = true;
  return { replaced: true };
}
function ReturnsPrimitive() {
  this.kept = true;
  return 42;
}
console.log(JSON.stringify(new ReturnsObject()), JSON.stringify(new ReturnsPrimitive()));

function Target() {
  return new.target === Target;
}
console.log(Target(), new Target() instanceof Target);

// A hand-written new.
function myNew(Ctor, ...args) {
  const obj = Object.create(Ctor.prototype);
  const result = Ctor.apply(obj, args);
  return result !== null && typeof result === 'object' ? result : obj;
}
const mine = myNew(Car, 'Saab', 2000);
console.log(mine.make, mine.age(2020), mine instanceof Car);

try {
  new Math.max();
} catch (e) {
  console.log(e.message);
}
try {
  const notCtor = 5;
  new notCtor();
} catch (e) {
  console.log(e.message);
}
