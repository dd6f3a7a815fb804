// Seed: 002_c52e49598bf4ced6.txt, 2.1 函数即对象
// Functions are objects with maps: plain functions share one, arrows, methods, classes and
// async functions have their own, and adding a property changes the function's map.
function foo() {}
function bar() {}
let expr = function () {};
let arrow = () => {};
class K {}
async function af() {}
function* gen() {}
console.log('foo vs bar:', %HaveSameMap(foo, bar));
console.log('foo vs function expression:', %HaveSameMap(foo, expr));
console.log('foo vs arrow:', %HaveSameMap(foo, arrow));
console.log('foo vs class:', %HaveSameMap(foo, K));
console.log('foo vs async:', %HaveSameMap(foo, af));
console.log('foo vs generator:', %HaveSameMap(foo, gen));
console.log('fast: foo', %HasFastProperties(foo), 'arrow', %HasFastProperties(arrow));
foo.count = 1;
console.log('foo.count = 1: same as bar', %HaveSameMap(foo, bar), 'fast', %HasFastProperties(foo));
bar.count = 2;
console.log('bar.count = 2: same as foo', %HaveSameMap(foo, bar));
console.log('name:', foo.name, expr.name, arrow.name, 'length:', foo.length);
let strictFn = function () { 'use strict'; };
console.log('sloppy vs strict function:', %HaveSameMap(expr, strictFn));
let bound = foo.bind(null);
console.log('bound fast', %HasFastProperties(bound), 'name', bound.name);
