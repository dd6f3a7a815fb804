// %DebugPrint of an array through its transitions: [1, 2, 3] (PACKED_SMI, FixedArray), after
// push(4.5) (PACKED_DOUBLE, FixedDoubleArray with spare capacity), after a store past the end.
// record: debugprint
let arr = [1, 2, 3];
%DebugPrint(arr);
arr.push(4.5);
%DebugPrint(arr);
arr[8] = 1;
%DebugPrint(arr);
