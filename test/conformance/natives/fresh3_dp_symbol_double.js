// record: debugprint
// %DebugPrint of an object with a symbol key and a double field, then the double field set to a string.
const id = Symbol('id');
let point = { x: 1.5, y: 2 };
point[id] = 7;
%DebugPrint(point);
point.x = 'str';
%DebugPrint(point);
