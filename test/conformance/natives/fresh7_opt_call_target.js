// Call feedback in optimized code: a call site that always called one function is optimized, then
// calls another (the caller's code checks its call target), and a method call on objects of two
// classes.
// record: opt
function double(x) {
  return x * 2;
}
function triple(x) {
  return x * 3;
}
function apply(f, x) {
  return f(x) + 1;
}
%PrepareFunctionForOptimization(double);
%PrepareFunctionForOptimization(triple);
%PrepareFunctionForOptimization(apply);
apply(double, 1);
apply(double, 2);
%OptimizeFunctionOnNextCall(apply);
console.log(apply(double, 3));
console.log(apply(triple, 3));
class A {
  f() {
    return 1;
  }
}
class B {
  f() {
    return 2;
  }
}
function callF(o) {
  return o.f();
}
%PrepareFunctionForOptimization(callF);
callF(new A());
callF(new A());
%OptimizeFunctionOnNextCall(callF);
console.log(callF(new A()), callF(new B()));
