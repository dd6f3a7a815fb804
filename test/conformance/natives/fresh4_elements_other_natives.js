// fresh4: the other elements natives a teacher reaches for: %HasSmiOrObjectElements,
// %HasFastPackedElements, %HasHoleyElements, %HasFastElements, and %ToFastProperties
// turning a dictionary object fast again.
let smi = [1, 2, 3];
let dbl = [1.5];
let obj = ['a'];
let holey = [1, , 3];
let dict = [];
dict[10000] = 1;
for (let [name, a] of [['smi', smi], ['dbl', dbl], ['obj', obj], ['holey', holey], ['dict', dict]]) {
  console.log(name, %HasSmiOrObjectElements(a), %HasFastPackedElements(a), %HasHoleyElements(a), %HasFastElements(a));
}
let o = { a: 1, b: 2, c: 3 };
delete o.a;
console.log('after delete', %HasFastProperties(o));
%ToFastProperties(o);
console.log('after ToFastProperties', %HasFastProperties(o), Object.keys(o).join());
let o2 = Object.create(null);
o2.x = 1;
%ToFastProperties(o2);
console.log('null proto after ToFastProperties', %HasFastProperties(o2));
let o3 = { x: 1 };
console.log('fast already', %HasFastProperties(%ToFastProperties(o3)));
