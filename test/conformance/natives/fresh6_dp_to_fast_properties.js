// %ToFastProperties of a dictionary point, and of an object with a deleted property re-added.
// record: debugprint
let point = { x: 1, y: 2, z: 3 };
delete point.y;
point.w = 4;
%ToFastProperties(point);
%DebugPrint(point);
