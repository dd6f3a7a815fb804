// A literal with integer-like keys: they are elements, not properties.
// record: debugprint
let o = { b: 'B', 2: 'two', a: 'A', 0: 'zero', '10': 'ten' };
%DebugPrint(o);
o[5] = 'five';
o.c = 'C';
%DebugPrint(o);
console.log(Object.keys(o).join(','));
