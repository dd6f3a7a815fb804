// %DebugPrint of arrays after common operations: pop() leaves spare capacity, length = 0, and
// a slice of a larger array.
// record: debugprint
let arr = [1, 2, 3, 4, 5];
arr.pop();
arr.pop();
%DebugPrint(arr);
let cleared = [1.5, 2.5];
cleared.length = 0;
%DebugPrint(cleared);
let part = ['a', 'b', 'c'].slice(1);
%DebugPrint(part);
