// record: debugprint
// %DebugPrint of a non-extensible point and of a point after JSON.parse.
let p = Object.preventExtensions({ x: 1, y: 2 });
%DebugPrint(p);
let j = JSON.parse('{"x":1,"y":2.5,"name":"p"}');
%DebugPrint(j);
