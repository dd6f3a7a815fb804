// record: debugprint
// [1,2,3] -> push(4.56) -> push('x'): the elements backing store and the map's elements kind
// at each step.
const a = [1, 2, 3];
%DebugPrint(a);
a.push(4.56);
%DebugPrint(a);
a.push('x');
%DebugPrint(a);
