// %DebugPrint of a double array after delete, and of a small array given a named property.
// record: debugprint
const d = [1.5, 2.5, 3.5];
delete d[1];
%DebugPrint(d);
const n = [1, 2];
n.label = 'pair';
%DebugPrint(n);
