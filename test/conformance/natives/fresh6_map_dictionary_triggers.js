// Which operations make an object a dictionary (slow properties).
function report(label, o) {
  console.log(label, %HasFastProperties(o));
}
report('literal', { a: 1 });
report('new Object', new Object());
report('Object.create(null)', Object.create(null));
report('__proto__: null literal', { __proto__: null, a: 1 });
let del = { a: 1, b: 2 };
delete del.a;
report('delete first', del);
let delLast = { a: 1, b: 2 };
delete delLast.b;
report('delete last', delLast);
let keyed = {};
for (let i = 0; i < 30; i++) keyed['k' + i] = i;
report('30 keyed adds', keyed);
let named = {};
named.a0 = 0; named.a1 = 1; named.a2 = 2; named.a3 = 3; named.a4 = 4;
named.a5 = 5; named.a6 = 6; named.a7 = 7; named.a8 = 8; named.a9 = 9;
named.b0 = 0; named.b1 = 1; named.b2 = 2; named.b3 = 3; named.b4 = 4;
named.b5 = 5; named.b6 = 6; named.b7 = 7; named.b8 = 8; named.b9 = 9;
named.c0 = 0; named.c1 = 1; named.c2 = 2; named.c3 = 3; named.c4 = 4;
report('25 named adds', named);
let proto = { a: 1 };
let child = Object.create(proto);
report('used as prototype', proto);
report('child', child);
let sp = { a: 1 };
Object.setPrototypeOf(sp, { z: 1 });
report('setPrototypeOf', sp);
let fr = Object.freeze({ a: 1 });
report('frozen', fr);
let dp = {};
Object.defineProperty(dp, 'a', { value: 1, writable: false });
report('defineProperty', dp);
