// How V8 names a method frame: "Type.function" with the receiver's constructor name (a class
// receiver gives its own name: static methods), no type when the function name is no plain
// identifier (getters, inferred "F.m"), and " [as key]" when the function was found under
// another property. Plain calls (receiver undefined or the global object) show the bare name.
function frameName() {
  const line = new Error('x').stack.split('\n')[2].trim();
  return line.endsWith(')') ? line.slice(0, line.indexOf(' (')) : 'at <location>';
}
function Person(n) { this.n = n; }
Person.prototype.sayHi = function () { return frameName(); };
Person.prototype.named = function hello() { return frameName(); };
Person.prototype.alias = Person.prototype.sayHi;
const obj = {
  greet: function () { return frameName(); },
  short() { return frameName(); },
  get g() { return frameName(); },
};
obj.other = obj.greet;
function plain() { return frameName(); }
obj.plain = plain;
class Animal {
  speak() { return frameName(); }
  static make() { return frameName(); }
  get kind() { return frameName(); }
}
class Dog extends Animal {
  bark() { return frameName(); }
}
const d = new Dog();
const p = new Person('a');
console.log(p.sayHi(), '|', p.named(), '|', p.alias());
console.log(obj.greet(), '|', obj.short(), '|', obj.g, '|', obj.other(), '|', obj.plain());
console.log(d.speak(), '|', d.bark(), '|', Animal.make(), '|', d.kind, '|', Dog.make());
console.log(plain(), '|', plain.call(p), '|', plain.call(1), '|', plain.call('s'), '|', plain.call(Object.create(null)));
const arr = [1];
arr.f = plain;
console.log(arr.f());
const m = new Map();
m.f = plain;
console.log(m.f());
console.log([1].map(function () { return frameName(); })[0], [1].map(plain)[0], [1].map(() => frameName())[0]);
const o2 = { o3: { f: function () { return frameName(); } } };
console.log(o2.o3.f());
const strictFn = function () { 'use strict'; return frameName(); };
console.log(strictFn(), strictFn.call(undefined), strictFn.call(p));
const anon = {};
anon['x'] = function () { return frameName(); };
console.log(anon.x(), '|', Person.prototype.sayHi(), '|', (0, p.sayHi)());
const proto = { inherited() { return frameName(); } };
const child = Object.create(proto);
console.log(child.inherited(), '|', Object.create(Person.prototype).sayHi());
const tagged = { [Symbol.toStringTag]: 'Tagged', f() { return frameName(); } };
console.log(tagged.f());
String.prototype.shout = function up() { return frameName(); };
console.log('x'.shout());
delete String.prototype.shout;
class Widget {
  render() { throw new TypeError('cannot render ' + this.id); }
}
const w = new Widget();
w.id = 7;
w.render();
