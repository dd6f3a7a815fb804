// The prototype becomes fast in the load IC, so only once the calling function has a feedback
// vector: %EnsureFeedbackVectorForFunction gives it one before the first call.
function G() {}
G.prototype.m = function () { return 'g'; };
function withFeedback(o) { return o.m(); }
%EnsureFeedbackVectorForFunction(withFeedback);
console.log('G.prototype before: fast', %HasFastProperties(G.prototype));
console.log('withFeedback(new G()) =', withFeedback(new G()));
console.log('G.prototype after one call with a feedback vector: fast', %HasFastProperties(G.prototype));
function H() {}
H.prototype.m = function () { return 'h'; };
function lazy(o) { return o.m(); }
console.log('lazy(new H()) =', lazy(new H()));
console.log('H.prototype after one call without a feedback vector: fast', %HasFastProperties(H.prototype));
let calls = 1;
while (!%HasFastProperties(H.prototype) && calls < 100) { lazy(new H()); calls++; }
console.log('H.prototype fast after call number', calls);
