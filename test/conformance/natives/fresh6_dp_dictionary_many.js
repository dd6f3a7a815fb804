// A point made a dictionary by keyed stores, printed: its NameDictionary and its map.
// record: debugprint
let point = {};
for (let i = 0; i < 22; i++) point['p' + i] = i;
%DebugPrint(point);
