// record: debugprint
// %DebugPrint of a frozen point, a sealed one, and a frozen array.
let point = Object.freeze({ x: 100, y: 200 });
%DebugPrint(point);
let sealed = Object.seal({ x: 1, y: 2 });
%DebugPrint(sealed);
let arr = Object.freeze([1, 2, 3]);
%DebugPrint(arr);
