// record: debugprint
// A literal has exactly its own properties in-object: the third, fourth, ... go to the PropertyArray.
let point = { x: 100, y: 200 };
point.z = 300;
%DebugPrint(point);
point.a = 1;
point.b = 2;
point.c = 3;
%DebugPrint(point);
