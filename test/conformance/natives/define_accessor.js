// Accessor properties: getters in literals, defineProperty accessors, and converting a data
// property into an accessor.
const g1 = { get v() { return 1; } };
const g2 = { get v() { return 2; } };
console.log('literal getters: fast', %HasFastProperties(g1), 'same map', %HaveSameMap(g1, g2));
const d = { v: 1 };
Object.defineProperty(d, 'v', { get() { return 3; } });
console.log('data -> accessor: fast', %HasFastProperties(d), 'vs literal getter', %HaveSameMap(d, g1));
const e = {};
Object.defineProperty(e, 'v', { get() { return 4; }, enumerable: true, configurable: true });
console.log('defineProperty getter on {}: fast', %HasFastProperties(e));
class K { get v() { return 5; } }
console.log('class getter lives on the prototype: instance fast', %HasFastProperties(new K()));
