// %GetOptimizationStatus before any call, after feedback, after Maglev and after TurboFan
// (printed as a number and with the bits a teacher looks at: 16 = optimized, 32 = TurboFan,
// 64 = interpreted, 512 = Maglev... as V8 reports them).
// record: opt
function add(x, y) {
  return x + y;
}
function bits(f) {
  let s = %GetOptimizationStatus(f);
  return [s & 16 ? 'opt' : '', s & 32 ? 'tf' : '', s & 64 ? 'interp' : ''].join('/');
}
console.log('never run', bits(add));
%PrepareFunctionForOptimization(add);
add(1, 2);
add(3, 4);
console.log('warm', bits(add));
%OptimizeMaglevOnNextCall(add);
add(5, 6);
console.log('maglev', bits(add), %ActiveTierIsMaglev(add));
%OptimizeFunctionOnNextCall(add);
add(7, 8);
console.log('turbofan', bits(add), %ActiveTierIsTurbofan(add));
