// record: debugprint
// F.prototype while methods are added (dictionary, prototype map), and after a load IC went
// through it.
function F() {}
F.prototype.m1 = function () { return 1; };
F.prototype.m2 = function () { return 2; };
%DebugPrint(F.prototype);
function call(o) { return o.m1(); }
%EnsureFeedbackVectorForFunction(call);
call(new F());
%DebugPrint(F.prototype);
