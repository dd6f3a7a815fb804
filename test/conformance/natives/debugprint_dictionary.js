// record: debugprint
// Dictionary-mode objects: after delete, and Object.create(null).
const o = { a: 1, b: 2, c: 3 };
delete o.b;
%DebugPrint(o);
const n = Object.create(null);
n.x = 1;
%DebugPrint(n);
