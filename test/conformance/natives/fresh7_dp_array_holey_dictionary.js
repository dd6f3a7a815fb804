// %DebugPrint of new Array(4) (HOLEY_SMI, the_hole entries), then of an array made a
// dictionary by a far store.
// record: debugprint
let holes = new Array(4);
holes[1] = 7;
%DebugPrint(holes);
let sparse = [1, 2];
sparse[3000] = 3;
%DebugPrint(sparse);
