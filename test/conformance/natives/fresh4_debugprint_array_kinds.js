// fresh4: %DebugPrint of the notes-style arrays [1, 2, 3], after push(4.56) and after
// push('x'): the map, elements kind and backing store of each step.
// record: debugprint
let a = [1, 2, 3];
%DebugPrint(a);
a.push(4.56);
%DebugPrint(a);
a.push('x');
%DebugPrint(a);
