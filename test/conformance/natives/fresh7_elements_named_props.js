// Arrays with named properties: the named ones go into the array's properties (its map changes,
// the elements kind does not), many named properties, and deleting one.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
let arr = [1, 2, 3];
let arr2 = [4, 5, 6];
console.log('same map', %HaveSameMap(arr, arr2));
arr.name = 'list';
console.log('after name', kind(arr), %HaveSameMap(arr, arr2), %HasFastProperties(arr));
arr2.name = 'other';
console.log('both named', %HaveSameMap(arr, arr2));
arr.push(1.5);
console.log('push 1.5', kind(arr), %HaveSameMap(arr, arr2));
for (let i = 0; i < 30; i++) arr['p' + i] = i;
console.log('30 named', kind(arr), %HasFastProperties(arr));
delete arr2.name;
console.log('delete name', kind(arr2), %HasFastProperties(arr2));
let keys = Object.keys(arr2);
console.log(keys.join());
