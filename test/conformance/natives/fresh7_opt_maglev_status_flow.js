// %GetOptimizationStatus and %ActiveTierIs* through the whole life of a function: lazy, first call,
// Maglev, deopt, TurboFan, deopt again.
// record: opt
function area(r) {
  return r.w * r.h;
}
function show(label) {
  console.log(label, %GetOptimizationStatus(area), %ActiveTierIsIgnition(area), %ActiveTierIsMaglev(area), %ActiveTierIsTurbofan(area));
}
show('lazy');
%PrepareFunctionForOptimization(area);
area({ w: 1, h: 2 });
show('ran');
%OptimizeMaglevOnNextCall(area);
area({ w: 1, h: 2 });
show('maglev');
area({ h: 2, w: 1 });
show('deopt');
%PrepareFunctionForOptimization(area);
area({ w: 1, h: 2 });
%OptimizeFunctionOnNextCall(area);
area({ w: 3, h: 4 });
show('turbofan');
area({ w: 1.5, h: 2 });
show('double');
