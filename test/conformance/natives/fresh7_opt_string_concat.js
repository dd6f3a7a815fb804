// String feedback: greet(name) concatenating strings optimized, then given a number; compare of
// strings then numbers; and a template literal.
// record: opt
function greet(name) {
  return 'hi ' + name;
}
function same(a, b) {
  return a === b;
}
function tpl(o) {
  return `${o.a}-${o.b}`;
}
%PrepareFunctionForOptimization(greet);
greet('a');
greet('b');
%OptimizeFunctionOnNextCall(greet);
console.log(greet('c'), greet(1));
%PrepareFunctionForOptimization(same);
same('a', 'b');
same('a', 'a');
%OptimizeFunctionOnNextCall(same);
console.log(same('x', 'x'), same(1, 1));
%PrepareFunctionForOptimization(tpl);
tpl({ a: 1, b: 2 });
tpl({ a: 1, b: 2 });
%OptimizeFunctionOnNextCall(tpl);
console.log(tpl({ a: 'x', b: 'y' }), tpl({ b: 1, a: 2 }));
