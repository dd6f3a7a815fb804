// %DebugPrint of an object array with a named property: PACKED_ELEMENTS, the name in the
// array's own properties next to length.
// record: debugprint
let list = ['water', { x: 1 }, null];
list.tag = 'notes';
%DebugPrint(list);
let empty = [];
%DebugPrint(empty);
