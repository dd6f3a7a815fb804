// record: debugprint
// o.x = 1.5 after o.x = 1: the new map, and the other object still on the deprecated map until
// it is touched.
const a = { x: 1 };
const b = { x: 2 };
a.x = 1.5;
console.log('--- a after a.x = 1.5');
%DebugPrint(a);
console.log('--- b, not yet migrated');
%DebugPrint(b);
console.log('--- b after reading b.x:', b.x);
%DebugPrint(b);
