// record: debugprint
// %DebugPrint of one array literal of each fast elements kind: the map's kind, the backing store
// (FixedArray or FixedDoubleArray, copy-on-write for constant literals) and its values.
const smis = [1, 2, 3];
%DebugPrint(smis);
const doubles = [1.5, 2.5, 3];
%DebugPrint(doubles);
const objects = ['a', { b: 1 }, null];
%DebugPrint(objects);
const holeySmis = [1, , 3];
%DebugPrint(holeySmis);
const holeyDoubles = [1.5, , 3.5];
%DebugPrint(holeyDoubles);
