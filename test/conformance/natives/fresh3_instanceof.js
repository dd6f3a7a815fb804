// instanceof-heavy code over a three-level chain: prototypes' maps and fast properties afterwards.
function A() {}
A.prototype.a = function () {
  return 'a';
};
function B() {}
B.prototype = Object.create(A.prototype);
B.prototype.constructor = B;
B.prototype.b = function () {
  return 'b';
};
function C() {}
C.prototype = Object.create(B.prototype);
C.prototype.constructor = C;
let objs = [new A(), new B(), new C()];
function classify(o) {
  if (o instanceof C) return 'C';
  if (o instanceof B) return 'B';
  return 'A';
}
let out = '';
for (let i = 0; i < 30; i++) out = objs.map(classify).join('');
console.log(out);
console.log('A.prototype fast:', %HasFastProperties(A.prototype));
console.log('B.prototype fast:', %HasFastProperties(B.prototype));
console.log('C.prototype fast:', %HasFastProperties(C.prototype));
function callA(o) {
  return o.a();
}
for (let i = 0; i < 30; i++) objs.forEach(callA);
console.log('after o.a() loads, A/B/C:', %HasFastProperties(A.prototype), %HasFastProperties(B.prototype), %HasFastProperties(C.prototype));
console.log('B vs C instance:', %HaveSameMap(objs[1], objs[2]));
