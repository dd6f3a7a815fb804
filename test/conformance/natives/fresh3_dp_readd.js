// record: debugprint
// %DebugPrint of a dictionary object after delete and re-adding the property (dict_index order).
let point = { x: 100, y: 200 };
delete point.x;
point.x = 300;
point.z = 1;
%DebugPrint(point);
