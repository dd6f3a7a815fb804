// Constructors that add fields conditionally or in different orders make several shapes from one
// function; filling every field (with undefined when absent) keeps one.
function Person(name, age) {
  this.name = name;
  if (age !== undefined) this.age = age;
}
let p1 = new Person('a', 1);
let p2 = new Person('b');
let p3 = new Person('c', 3);
console.log('with age vs without:', %HaveSameMap(p1, p2));
console.log('with age vs with age:', %HaveSameMap(p1, p3));
p2.age = 2;
console.log('without + age later vs with age:', %HaveSameMap(p1, p2));
function Order(flip) {
  if (flip) { this.b = 1; this.a = 2; } else { this.a = 2; this.b = 1; }
}
console.log('a,b vs b,a:', %HaveSameMap(new Order(false), new Order(true)));
console.log('a,b vs a,b:', %HaveSameMap(new Order(false), new Order(false)));
function Full(name, age) {
  this.name = name;
  this.age = age;
}
console.log('Full both vs Full(name):', %HaveSameMap(new Full('a', 1), new Full('b')));
function Typed(v) { this.v = v; }
let t1 = new Typed(1);
let t2 = new Typed('s');
console.log('Typed(1) vs Typed("s"):', %HaveSameMap(t1, t2));
let t3 = new Typed(2);
console.log('Typed(2) (after) vs Typed("s"):', %HaveSameMap(t3, t2));
