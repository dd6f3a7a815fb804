// record: debugprint
// %DebugPrint of an object whose indexed properties are sparse (dictionary elements) and a deleted-from dictionary.
let o = { name: 'sparse' };
o[5000] = 'far';
o[1] = 'near';
%DebugPrint(o);
let d = { a: 1, b: 2, c: 3 };
delete d.b;
delete d.a;
%DebugPrint(d);
