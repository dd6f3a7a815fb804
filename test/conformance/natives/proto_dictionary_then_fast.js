// A function's prototype object is kept in dictionary mode while methods are added to it and
// made fast again by the first property load that goes through it *in an inline cache*. Loads
// in code that has no feedback vector yet (V8 allocates it lazily, after a function has used up
// a small budget) do not use ICs and leave the prototype alone: the module's top-level code has
// none yet when it calls f.m1() below.
function F() {}
console.log('fresh F.prototype: fast', %HasFastProperties(F.prototype));
F.prototype.m1 = function () { return 1; };
F.prototype.m2 = function () { return 2; };
F.prototype.m3 = function () { return 3; };
console.log('after adding m1..m3: fast', %HasFastProperties(F.prototype));
const f = new F();
console.log('after new F(): fast', %HasFastProperties(F.prototype));
console.log('new F().m1() at top level =', f.m1());
console.log('after f.m1() at top level: fast', %HasFastProperties(F.prototype));
function callM1(o) { return o.m1(); }
const seen = [];
for (let i = 1; i <= 20; i++) {
  callM1(f);
  seen.push(%HasFastProperties(F.prototype) ? 'F' : 'd');
}
console.log('after each of 20 calls of callM1(f):', seen.join(''));
F.prototype.m4 = function () { return 4; };
console.log('after adding m4: fast', %HasFastProperties(F.prototype));
callM1(f);
console.log('after one more callM1(f): fast', %HasFastProperties(F.prototype));
