// fresh4: %DebugPrint of a holey array, an array with a named property, an empty array
// and new Array(3).
// record: debugprint
let h = [1, , 3];
%DebugPrint(h);
let n = [1.5, 2.5];
n.label = 'pair';
%DebugPrint(n);
%DebugPrint([]);
%DebugPrint(new Array(3));
