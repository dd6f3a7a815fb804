// Seed: 002_c52e49598bf4ced6.txt, 2.1.1 JS 中的对象 (原始类型)
// record: debugprint
// %DebugPrint of primitive values: a Smi, a HeapNumber, strings, booleans, undefined, null.
%DebugPrint(42);
%DebugPrint(-7);
%DebugPrint(1.5);
%DebugPrint(2 ** 31);
%DebugPrint('hello');
%DebugPrint(true);
%DebugPrint(undefined);
%DebugPrint(null);
