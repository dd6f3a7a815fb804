// Copies made by object spread and by JSON.parse of the same point.
// record: debugprint
let point = { x: 100, y: 200 };
let spread = { ...point };
let parsed = JSON.parse('{"x":100,"y":200}');
%DebugPrint(spread);
%DebugPrint(parsed);
console.log(%HaveSameMap(point, spread), %HaveSameMap(point, parsed), %HaveSameMap(spread, parsed));
