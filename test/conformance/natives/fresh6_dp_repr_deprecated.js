// Smi field takes a double: the point gets a new map and the old one is deprecated; point2 still has
// the old map until it is touched. Then a string makes the field tagged.
// record: debugprint
let point = { x: 1, y: 2 };
let point2 = { x: 3, y: 4 };
point.x = 1.5;
%DebugPrint(point);
%DebugPrint(point2);
point2.y;
console.log(%HaveSameMap(point, point2));
point.y = 'two';
%DebugPrint(point);
