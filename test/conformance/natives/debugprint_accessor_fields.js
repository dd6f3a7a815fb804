// record: debugprint
// Accessors take no field: the AccessorPair stays in the descriptor array, so the data properties
// after it keep consecutive field numbers; a map copied later keeps its parent's construction
// counter; an accessor redefined as data becomes a mutable field in the PropertyArray.
function P(x) { this.x = x; }
const a = new P(1), b = new P(2);
Object.defineProperty(a, 'g', { get() { return 1; }, configurable: true, enumerable: true });
a.y = 5; a.z = 6.5;
%DebugPrint(a);
const getter = function () { return 2; };
const c = { u: 1 }, d = { u: 2 };
Object.defineProperty(c, 'g', { get: getter, configurable: true });
Object.defineProperty(d, 'g', { get: getter, configurable: true });
console.log(%HaveSameMap(c, d), %HasFastProperties(c));
c.w = 1; d.w = 2;
console.log(%HaveSameMap(c, d));
Object.defineProperty(d, 'g', { value: 7, writable: true, configurable: true, enumerable: true });
%DebugPrint(d);
console.log(d.g, d.w, b.x);
