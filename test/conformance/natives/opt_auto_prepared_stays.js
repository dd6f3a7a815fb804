// record: opt
// %PrepareFunctionForOptimization takes a function out of V8's heuristics in Node 26: getX is
// prepared but never optimized by hand and stays unoptimized through 300,000 calls, as does
// getY after its manual TurboFan compile (and then a new shape deopts getY as usual).
function getX(o) {
  return o.x;
}
function getY(o) {
  return o.y;
}
function drive(n) {
  const o = { x: 1, y: 2 };
  let s = 0;
  for (let i = 0; i < n; i++) s += getX(o) + getY(o);
  return s;
}
%NeverOptimizeFunction(drive);
%PrepareFunctionForOptimization(getX);
%PrepareFunctionForOptimization(getY);
getY({ x: 1, y: 2 });
%OptimizeFunctionOnNextCall(getY);
getY({ x: 1, y: 2 });
console.log('hot:', drive(300000));
console.log('new shape:', getY({ y: 3 }));
