// record: debugprint
// new Array(n) allocates n holes at once (HOLEY_SMI_ELEMENTS); storing into it keeps it holey;
// fill() over the whole array makes it packed again.
const a = new Array(5);
%DebugPrint(a);
a[0] = 1;
a[1] = 2.5;
%DebugPrint(a);
const b = new Array(3).fill(0);
%DebugPrint(b);
const c = [];
%DebugPrint(c);
