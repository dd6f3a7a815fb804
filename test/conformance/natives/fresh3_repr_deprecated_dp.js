// record: debugprint
// A map deprecated by a Smi -> Double change, seen with %DebugPrint before and after migration.
let a = { x: 1 };
let b = { x: 2 };
a.x = 0.5;
%DebugPrint(b);
b.x;
b.x = 3;
%DebugPrint(b);
%DebugPrint(a);
