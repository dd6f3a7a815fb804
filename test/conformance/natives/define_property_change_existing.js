// Changing the attributes of an existing property (reconfiguring it in place).
const a = { x: 1, y: 2 };
const b = { x: 1, y: 2 };
Object.defineProperty(a, 'x', { writable: false });
console.log('x made read-only: fast', %HasFastProperties(a), 'vs b', %HaveSameMap(a, b));
Object.defineProperty(b, 'x', { writable: false });
console.log('same change on b: a vs b', %HaveSameMap(a, b));
const c = { x: 1, y: 2 };
Object.defineProperty(c, 'y', { enumerable: false });
console.log('y made non-enumerable: fast', %HasFastProperties(c), Object.keys(c).join(','));
const d = { x: 1, y: 2 };
Object.defineProperty(d, 'x', { value: 5 });
console.log('value-only redefine: fast', %HasFastProperties(d), 'vs fresh {x,y}', %HaveSameMap(d, { x: 0, y: 0 }));
