// A literal has exactly as many in-object slots as it has properties: every later property goes
// out of object.
// record: debugprint
let point = { x: 1, y: 2, z: 3 };
point.a = 4;
%DebugPrint(point);
point.b = 5;
point.c = 6;
point.d = 7;
%DebugPrint(point);
