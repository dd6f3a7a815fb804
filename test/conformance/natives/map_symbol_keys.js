// Symbol-keyed properties are named properties too: they extend the map like string keys.
const s = Symbol('s');
const t = Symbol('t');
const a = { [s]: 1 };
const b = { [s]: 2 };
const c = { [t]: 1 };
console.log('{[s]} vs {[s]}:', %HaveSameMap(a, b));
console.log('{[s]} vs {[t]}:', %HaveSameMap(a, c));
const d = {}; d[s] = 1;
const e = {}; e[s] = 2;
console.log('{}[s]= vs {}[s]=:', %HaveSameMap(d, e));
console.log('fast:', %HasFastProperties(a), %HasFastProperties(d));
