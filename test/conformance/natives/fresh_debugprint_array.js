// record: debugprint
// %DebugPrint of arrays: the JSArray, its map's elements kind, and the backing store
// (FixedArray for Smi/object elements, FixedDoubleArray for doubles).
let a = [1, 2, 3];
%DebugPrint(a);
let b = [1.5, 2.5];
%DebugPrint(b);
let c = ['a', , 'c'];
%DebugPrint(c);
