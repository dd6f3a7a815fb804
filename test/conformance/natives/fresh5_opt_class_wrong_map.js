// loadX optimized by TurboFan for class instances deopts on an instance of another class.
// Seed: 002_c52e49598bf4ced6.txt, 3.7
// record: opt
class A { constructor() { this.x = 1; this.y = 2; } }
class B { constructor() { this.y = 3; this.x = 4; } }
function loadX(o) {
  return o.x;
}
const a = new A();
%PrepareFunctionForOptimization(loadX);
loadX(a);
loadX(a);
%OptimizeFunctionOnNextCall(loadX);
console.log('optimized:', loadX(a));
console.log('status opt:', %GetOptimizationStatus(loadX));
console.log('other class:', loadX(new B()));
console.log('status after:', %GetOptimizationStatus(loadX));
