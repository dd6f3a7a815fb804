// Non-extensible and sealed objects after a delete, and frozen object with a double field.
// record: debugprint
let n = Object.preventExtensions({ x: 1, y: 2, z: 3 });
delete n.y;
%DebugPrint(n);
let f = Object.freeze({ d: 1.25, s: 'str' });
%DebugPrint(f);
