// freeze, seal and preventExtensions of the same point shape.
// record: debugprint
let frozen = Object.freeze({ x: 1, y: 2 });
let sealed = Object.seal({ x: 1, y: 2 });
let fixed = Object.preventExtensions({ x: 1, y: 2 });
%DebugPrint(frozen);
%DebugPrint(sealed);
%DebugPrint(fixed);
