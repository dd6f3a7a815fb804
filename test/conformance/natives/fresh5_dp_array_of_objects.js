// %DebugPrint of an array of objects made in a loop.
// record: debugprint
const arr = [];
for (let i = 0; i < 3; i++) arr.push({ id: i });
%DebugPrint(arr);
