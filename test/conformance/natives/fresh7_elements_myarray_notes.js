// The notes' myArray / handlerArray (forEach callback): a string array is PACKED_ELEMENTS; what
// forEach / map / indexOf / join do not change, and writes from inside the callback do.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
let myArray = ['water', 'goods', '123', 'like'];
let lines = [];
function handlerArray(indexName, index) {
  lines.push(index + 1 + '. ' + indexName);
}
console.log('before', kind(myArray));
myArray.forEach(handlerArray);
console.log(lines.join(' | '));
console.log('after forEach', kind(myArray), kind(lines));
let lengths = myArray.map((s) => s.length);
console.log('lengths', kind(lengths), lengths.join());
let nums = [1, 2, 3, 4];
nums.forEach((v, i, arr) => {
  if (i === 1) arr[i] = v + 0.5;
});
console.log('nums', kind(nums));
let holes = new Array(4);
holes.forEach(() => console.log('never'));
console.log('holes', kind(holes), myArray.indexOf('123'));
