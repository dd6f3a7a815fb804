// A double field updated in place, and an integer stored into it.
// record: debugprint
let p = { x: 1.5, y: 2 };
p.x = 2.5;
p.x = 3;
%DebugPrint(p);
console.log(%IsSmi(p.x), %IsSmi(p.y));
let q = { x: 0.1 };
q.x = 'now a string';
%DebugPrint(q);
