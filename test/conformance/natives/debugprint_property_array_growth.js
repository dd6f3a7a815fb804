// record: debugprint
// {} has 4 in-object slots; further named properties go to the out-of-object PropertyArray,
// which grows in steps. Reports after 4, 5, 7, 8, 10, 11 properties.
const o = {};
o.p1 = 1; o.p2 = 2; o.p3 = 3; o.p4 = 4;
console.log('--- 4 properties');
%DebugPrint(o);
o.p5 = 5;
console.log('--- 5 properties');
%DebugPrint(o);
o.p6 = 6; o.p7 = 7;
console.log('--- 7 properties');
%DebugPrint(o);
o.p8 = 8;
console.log('--- 8 properties');
%DebugPrint(o);
o.p9 = 9; o.p10 = 10;
console.log('--- 10 properties');
%DebugPrint(o);
o.p11 = 11;
console.log('--- 11 properties');
%DebugPrint(o);
