// Object.defineProperty with different attributes: the attributes are part of the transition,
// so the same name with other flags leads to another map.
function def(flags) {
  const o = {};
  Object.defineProperty(o, 'x', Object.assign({ value: 1 }, flags));
  return o;
}
const all = { writable: true, enumerable: true, configurable: true };
let a = def(all);
let b = def(all);
let c = def({ writable: false, enumerable: true, configurable: true });
let d = def({});
let e = {};
e.x = 1;
console.log('all flags x2:', %HaveSameMap(a, b));
console.log('all flags vs plain store:', %HaveSameMap(a, e));
console.log('all flags vs read-only:', %HaveSameMap(a, c));
console.log('all flags vs no flags:', %HaveSameMap(a, d));
console.log('no flags x2:', %HaveSameMap(d, def({})));
console.log('fast:', %HasFastProperties(a), %HasFastProperties(c), %HasFastProperties(d));
let f = { x: 1 };
Object.defineProperty(f, 'x', { enumerable: false });
console.log('{x} made non-enumerable: fast', %HasFastProperties(f), 'vs {x}', %HaveSameMap(f, { x: 2 }));
let g = { x: 1 };
Object.defineProperty(g, 'x', { value: 2 });
console.log('{x} redefined value only: same map as {x}', %HaveSameMap(g, { x: 3 }));
