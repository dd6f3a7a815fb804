// Object.defineProperty with different attributes leads to different maps; attributes are part
// of the transition key.
const plain = { x: 1 };
const ro = {};
Object.defineProperty(ro, 'x', { value: 1, writable: false, enumerable: true, configurable: true });
const dflt = {};
Object.defineProperty(dflt, 'x', { value: 1 });
const same = {};
Object.defineProperty(same, 'x', { value: 1, writable: true, enumerable: true, configurable: true });
const assigned = {};
assigned.x = 1;
console.log('read-only x vs plain {x}:', %HaveSameMap(ro, plain));
console.log('defineProperty WEC x vs assigned x:', %HaveSameMap(same, assigned));
console.log('defineProperty defaults (---) vs WEC:', %HaveSameMap(dflt, same));
console.log('fast:', %HasFastProperties(ro), %HasFastProperties(dflt), %HasFastProperties(same));
const ro2 = {};
Object.defineProperty(ro2, 'x', { value: 2, writable: false, enumerable: true, configurable: true });
console.log('two read-only x:', %HaveSameMap(ro, ro2));
