// Optimized code guards receivers whose feedback saw only numbers or only strings with a type check:
// any string passes (a cons or two-byte string too), anything else deopts "not a Number" / "not a String".
// record: opt
function fixed(n) { return n.toFixed(1); }
%PrepareFunctionForOptimization(fixed);
fixed(1.5); fixed(2);
%OptimizeFunctionOnNextCall(fixed);
fixed(3);
console.log(fixed(new Number(4)));
function len(v) { return v.length; }
%PrepareFunctionForOptimization(len);
len('abc'); len('hello');
%OptimizeFunctionOnNextCall(len);
let s = 'ab'; for (let i = 0; i < 20; i++) s += 'xyz';
console.log(len(s), len('\u1234\u1235'));
console.log(len({length: 3}));
function up(v) { return v.toUpperCase(); }
%PrepareFunctionForOptimization(up);
up('abc'); up('hello');
%OptimizeMaglevOnNextCall(up);
up('x');
console.log(up({toUpperCase() { return 1; }}));
