// A field holding objects: its type is the object's map until an object of another map is stored.
// record: debugprint
let inner = { v: 1 };
let a = { child: inner };
let b = { child: { v: 2 } };
%DebugPrint(b);
b.child = { w: 3 };
%DebugPrint(a);
let c = { child: [1, 2] };
%DebugPrint(c);
