// record: opt
// The same function optimized first by Maglev, then by TurboFan, both on request; then a new
// receiver shape deopts the TurboFan code.
function getY(o) {
  return o.y;
}
%PrepareFunctionForOptimization(getY);
getY({ y: 1 });
%OptimizeMaglevOnNextCall(getY);
console.log('maglev:', getY({ y: 2 }));
%OptimizeFunctionOnNextCall(getY);
console.log('turbofan:', getY({ y: 3 }));
console.log('new shape:', getY({ a: 0, y: 4 }));
