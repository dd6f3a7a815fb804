// ageOf(p) = p?.info?.age optimized with persons that have info, then one without.
// record: opt
function ageOf(p) {
  return p?.info?.age;
}
const john = { name: 'John', info: { age: 50 } };
%PrepareFunctionForOptimization(ageOf);
ageOf(john);
ageOf(john);
%OptimizeFunctionOnNextCall(ageOf);
console.log(ageOf(john));
console.log(ageOf({ name: 'Jane' }));
console.log(ageOf(undefined));
