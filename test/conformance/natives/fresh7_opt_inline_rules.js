// Which callees TurboFan and Maglev inline (added after the fixes, from what the first fresh7_
// programs showed): a callee without a feedback vector is not inlined (a new shape then does not
// deopt the caller), nor a %NeverOptimizeFunction'd one; a callee with a vector is, and a new
// shape fails its inlined map check, deoptimizing the caller at the callee's bytecode offset.
// record: opt
function getX(p) {
  return p.x;
}
function getY(p) {
  let a = 1;
  let b = 2;
  return p.y + a + b;
}
function noVector(p) {
  let k = 3;
  return getX(p) + k;
}
%PrepareFunctionForOptimization(noVector);
noVector({ x: 1, y: 2 });
noVector({ x: 3, y: 4 });
%OptimizeFunctionOnNextCall(noVector);
console.log('no vector', noVector({ x: 5, y: 6 }), noVector({ y: 7, x: 8 }));
function never(p) {
  return p.y;
}
%NeverOptimizeFunction(never);
%PrepareFunctionForOptimization(never);
function callsNever(p) {
  let k = 3;
  return never(p) + k;
}
%PrepareFunctionForOptimization(callsNever);
callsNever({ x: 1, y: 2 });
callsNever({ x: 1, y: 2 });
%OptimizeFunctionOnNextCall(callsNever);
console.log('never', callsNever({ x: 1, y: 2 }), callsNever({ y: 2, x: 1 }));
function total(p) {
  let k = 3;
  let m = k + 1;
  return getX(p) + getY(p) + m;
}
%PrepareFunctionForOptimization(getX);
%PrepareFunctionForOptimization(getY);
%PrepareFunctionForOptimization(total);
total({ x: 1, y: 2 });
getX({ y: 7, x: 8 });
total({ x: 3, y: 4 });
%OptimizeFunctionOnNextCall(total);
console.log('turbofan', total({ x: 5, y: 6 }), total({ y: 7, x: 8 }));
%PrepareFunctionForOptimization(total);
%OptimizeMaglevOnNextCall(total);
console.log('maglev', total({ x: 5, y: 6 }), total({ y: 7, x: 8, z: 1 }));
