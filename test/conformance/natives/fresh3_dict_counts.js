// The keyed-store limit on other starting points: a constructor instance, a class instance,
// an Object.create(p) object, and a 10-property literal.
function count(o, label) {
  for (let i = 1; i <= 40; i++) {
    o['k' + i] = i;
    if (!%HasFastProperties(o)) {
      console.log(label, 'dictionary at keyed add', i);
      return;
    }
  }
  console.log(label, 'still fast after 40');
}
function F() {
  this.a = 1;
}
for (let i = 0; i < 8; i++) new F();
class C {
  constructor() {
    this.a = 1;
  }
}
count(new F(), 'F after tracking:');
count(new C(), 'class C:');
count(Object.create({ p: 1 }), 'Object.create(p):');
count({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10 }, '10-literal:');
