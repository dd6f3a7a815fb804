// Stores and constructs in optimized code (added after the fixes): a field store checks the value
// against the representation it was compiled for (Smi: "not a Smi", Double: "not a Number",
// HeapObject: "Smi"), a construct site without feedback deopts, and one with a single target
// checks it ("wrong call target").
// record: opt
function setZ(o, v) { o.z = v; }
let b = { x: 1, z: 1.5 };
%PrepareFunctionForOptimization(setZ);
setZ(b, 2.5); setZ(b, 3.5);
%OptimizeFunctionOnNextCall(setZ);
setZ(b, 4.5);
setZ(b, 'q');
function setW(o, v) { o.w = v; }
let c = { w: {} };
%PrepareFunctionForOptimization(setW);
setW(c, {}); setW(c, []);
%OptimizeFunctionOnNextCall(setW);
setW(c, {});
setW(c, 1);
let d = { w: {} };
%PrepareFunctionForOptimization(setW);
setW(d, {});
%OptimizeMaglevOnNextCall(setW);
setW(d, 2);
function setY(o, v) { o.y = v; }
let a = { x: 1, y: 2 };
%PrepareFunctionForOptimization(setY);
setY(a, 3); setY(a, 4);
%OptimizeMaglevOnNextCall(setY);
setY(a, 1.5);
function addY(o, v) { o.y = v; }
%PrepareFunctionForOptimization(addY);
addY({x:1}, 3); addY({x:1}, 4);
%OptimizeFunctionOnNextCall(addY);
addY({x:1}, 5);
addY({x:1}, 'str');
function Point(x, y) {
  this.x = x;
  this.y = y;
}
function P2(x, y) { this.x = x; this.y = y; }
function mk(C, x, f) { let k = 1; if (f) { return new C(x, k); } return null; }
%PrepareFunctionForOptimization(Point);
%PrepareFunctionForOptimization(mk);
mk(Point, 1, false); mk(Point, 2, false);
%OptimizeFunctionOnNextCall(mk);
mk(Point, 1, false);
console.log(mk(Point, 1, true).x);
%PrepareFunctionForOptimization(mk);
mk(Point, 1, true);
%OptimizeFunctionOnNextCall(mk);
console.log(mk(Point, 1, true).x);
console.log(mk(P2, 1, true).x);
%PrepareFunctionForOptimization(mk);
mk(P2, 1, true);
%OptimizeMaglevOnNextCall(mk);
console.log(mk(P2, 'a', true).x);
console.log(mk(P2, 1.5, true).x);
console.log(b.z, c.w, d.w, a.y);
