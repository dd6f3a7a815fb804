// record: debugprint
// delete on an array leaves a hole (the_hole) and makes the kind holey for good; the length
// does not change.
const a = [10, 20, 30, 40];
delete a[1];
%DebugPrint(a);
const b = ['x', 'y', 'z'];
delete b[2];
%DebugPrint(b);
console.log('b.length', b.length, '2 in b', 2 in b);
