// A prototype getting methods is a dictionary; it turns fast once an inline cache looks through it,
// which needs a feedback vector (so not from the top-level code).
function Animal(type) {
  this.type = type;
}
Animal.prototype.speak = function () {
  return this.type + ' speaks';
};
Animal.prototype.eat = function () {
  return this.type + ' eats';
};
console.log('after adding methods', %HasFastProperties(Animal.prototype));
let cat = new Animal('cat');
cat.speak();
console.log('after a top-level call', %HasFastProperties(Animal.prototype));
function talk(a) {
  return a.speak();
}
for (let i = 1; i <= 12; i++) {
  talk(cat);
  console.log('call', i, %HasFastProperties(Animal.prototype));
}
Animal.prototype.sleep = function () {};
console.log('after another method', %HasFastProperties(Animal.prototype));
