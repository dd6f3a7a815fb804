// record: debugprint
// arr.length = 0 drops the backing store; a much shorter length trims it; push grows it by
// half plus 16; pop keeps it.
const a = [1, 2, 3, 4, 5, 6, 7, 8];
a.push(9);
%DebugPrint(a);
a.pop();
a.pop();
%DebugPrint(a);
a.length = 2;
%DebugPrint(a);
a.length = 0;
%DebugPrint(a);
a.length = 3;
%DebugPrint(a);
