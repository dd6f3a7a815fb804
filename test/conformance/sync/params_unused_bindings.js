// Parameters with defaults, patterns or rest that the body never reads are still bindings of
// the function: calling it must not create globals of their names.
const f = (a = 1) => 5;
f();
(function (b = 1) { return 5; })();
function g({ c } = { c: 1 }, [d] = [2], ...e) { return 5; }
g();
function h(x, i = x + 1) { return x; }
h(1);
function k(j = 1) { return arguments.length; }
console.log(k(), k(7));
console.log(typeof a, typeof b, typeof c, typeof d, typeof e, typeof i, typeof j);
console.log(Object.keys(globalThis).filter((n) => n.length === 1).join(',') || 'no one-letter globals');
