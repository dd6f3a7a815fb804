// record: opt
// %PrepareFunctionForOptimization/%OptimizeMaglevOnNextCall put the function in Maglev
// synchronously; staying hot it is then marked for TurboFan by the budget on its own.
function getY(o) {
  return o.y;
}
function drive(o, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += getY(o);
  return s;
}
%NeverOptimizeFunction(drive);
const o = { y: 1 };
%PrepareFunctionForOptimization(getY);
getY(o);
%OptimizeMaglevOnNextCall(getY);
console.log('maglev:', getY(o));
console.log('hot:', drive(o, 200000));
