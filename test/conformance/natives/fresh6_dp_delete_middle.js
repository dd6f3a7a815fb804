// Deleting a property in the middle of a point makes it a dictionary; the remaining properties keep
// their enumeration order.
// record: debugprint
let point = { x: 100, y: 200, z: 300 };
%DebugPrint(point);
delete point.y;
%DebugPrint(point);
point.y = 250;
%DebugPrint(point);
console.log(Object.keys(point).join(','));
