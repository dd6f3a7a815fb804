// Literals with computed keys and many properties.
// record: debugprint
let k = 'dyn';
let o = { a: 1, [k]: 2, b: 3 };
%DebugPrint(o);
let big = { p0: 0, p1: 1, p2: 2, p3: 3, p4: 4, p5: 5, p6: 6, p7: 7, p8: 8, p9: 9, p10: 10, p11: 11 };
%DebugPrint(big);
