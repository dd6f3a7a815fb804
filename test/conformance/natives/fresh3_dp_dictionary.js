// record: debugprint
// %DebugPrint of dictionary-mode objects: after a delete, Object.create(null), and many keyed adds.
let point = { x: 100, y: 200, z: 300 };
delete point.y;
%DebugPrint(point);
let n = Object.create(null);
n.a = 1;
n.b = 'two';
%DebugPrint(n);
