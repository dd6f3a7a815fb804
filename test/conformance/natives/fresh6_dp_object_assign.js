// Object.assign into {} and into an object that already has some of the keys.
// record: debugprint
let point = { x: 100, y: 200, z: 300 };
let copy = Object.assign({}, point);
%DebugPrint(copy);
let target = { y: 1 };
Object.assign(target, point);
%DebugPrint(target);
console.log(%HaveSameMap(copy, point), %HaveSameMap(target, copy));
