// __proto__ (an object's prototype) versus prototype (a function's property used by new).
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name + ' makes a sound';
};
const cat = new Animal('Cat');
console.log(cat.speak());
console.log(cat.__proto__ === Animal.prototype);
console.log(Object.getPrototypeOf(cat) === Animal.prototype);
console.log(Animal.prototype.__proto__ === Object.prototype);
console.log(Object.prototype.__proto__);
console.log(Animal.__proto__ === Function.prototype);
console.log(Function.prototype.__proto__ === Object.prototype);
console.log(typeof cat.prototype, typeof Animal.prototype);
console.log(Animal.prototype.constructor === Animal, cat.constructor === Animal);
console.log(cat.hasOwnProperty('name'), cat.hasOwnProperty('speak'), 'speak' in cat);

const arr = [];
console.log(arr.__proto__ === Array.prototype, Array.prototype.__proto__ === Object.prototype);

// Lookup walks the chain; assignment creates an own property.
Animal.prototype.legs = 4;
const bird = new Animal('Bird');
bird.legs = 2;
console.log(cat.legs, bird.legs, Object.keys(bird));
delete bird.legs;
console.log(bird.legs);

// Changing the prototype later is visible to existing instances.
Animal.prototype.speak = function () {
  return this.name + ' says hi';
};
console.log(cat.speak());
