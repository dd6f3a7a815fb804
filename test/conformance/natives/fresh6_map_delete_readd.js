// The notes' best practice 3 (3.6.5): delete breaks the shape; re-adding the property does not give
// the old map back, %ToFastProperties makes the object fast with a fresh map.
let point = { x: 100, y: 200 };
let twin = { x: 1, y: 2 };
delete point.x;
console.log('fast after delete', %HasFastProperties(point));
point.x = 100;
console.log('fast after re-add', %HasFastProperties(point));
console.log('same as twin', %HaveSameMap(point, twin));
%ToFastProperties(point);
console.log('fast after ToFastProperties', %HasFastProperties(point));
console.log('same as twin', %HaveSameMap(point, twin));
let other = { y: 2 };
other.x = 1;
console.log('same as {y}+x', %HaveSameMap(point, other));
let p = { x: 1, y: 2 };
p.x = undefined;
console.log('undefined instead of delete', %HasFastProperties(p), %HaveSameMap(p, twin));
