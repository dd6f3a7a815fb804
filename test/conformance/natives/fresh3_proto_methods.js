// Methods added to F.prototype: is the prototype in dictionary mode, and when does it become fast?
function F() {
  this.x = 1;
}
console.log('fresh F.prototype:', %HasFastProperties(F.prototype));
F.prototype.m1 = function () {
  return this.x;
};
F.prototype.m2 = function () {
  return this.x + 1;
};
console.log('after adding methods:', %HasFastProperties(F.prototype));
let f = new F();
console.log('after new F():', %HasFastProperties(F.prototype));
function use(o) {
  return o.m1() + o.m2();
}
let calls = 0;
for (let i = 0; i < 20; i++) {
  use(f);
  calls++;
  if (%HasFastProperties(F.prototype)) break;
}
console.log('fast after', calls, 'calls of use');
F.prototype.m3 = function () {};
console.log('after adding m3:', %HasFastProperties(F.prototype));
console.log('Object.prototype:', %HasFastProperties(Object.prototype));
console.log('Array.prototype:', %HasFastProperties(Array.prototype));
