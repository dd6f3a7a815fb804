// Object.create(p) turns p into a prototype; p goes to dictionary mode until a load IC goes
// through it (which needs a feedback vector in the loading function).
const p = { greet() { return 'hi'; }, x: 1 };
console.log('p before: fast', %HasFastProperties(p));
const child = Object.create(p);
console.log('p after Object.create(p): fast', %HasFastProperties(p));
console.log('child.greet() at top level:', child.greet());
console.log('p after child.greet() at top level: fast', %HasFastProperties(p));
console.log('child: fast', %HasFastProperties(child));
function readX(o) { return o.x; }
%EnsureFeedbackVectorForFunction(readX);
console.log('readX(child) =', readX(child), '-> p fast', %HasFastProperties(p));
const q = { a: 1 };
const c2 = Object.create(q);
console.log('q after Object.create(q): fast', %HasFastProperties(q));
console.log('c2.a at top level =', c2.a, '-> q fast', %HasFastProperties(q));
