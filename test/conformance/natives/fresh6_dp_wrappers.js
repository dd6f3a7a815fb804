// Primitive wrapper objects: new String, new Number, new Boolean.
// record: debugprint
let s = new String('ab');
s.extra = 1;
%DebugPrint(s);
%DebugPrint(new Number(42));
%DebugPrint(new Boolean(false));
