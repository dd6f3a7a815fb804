// Attributes in %DebugPrint: non-writable, non-enumerable and non-configurable data properties.
// record: debugprint
let o = { a: 1 };
Object.defineProperty(o, 'ro', { value: 2, writable: false, enumerable: true, configurable: true });
Object.defineProperty(o, 'hidden', { value: 3, writable: true, enumerable: false, configurable: true });
Object.defineProperty(o, 'fixed', { value: 4, writable: true, enumerable: true, configurable: false });
Object.defineProperty(o, 'none', { value: 5 });
%DebugPrint(o);
