// Arrays of objects: literals, push in a loop, mixing in numbers and holes.
function kind(a) {
  const holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "?";
}
const people = [{ name: 'John' }, { name: 'Jane' }];
console.log('people:', kind(people));
const built = [];
for (let i = 0; i < 3; i++) built.push({ id: i });
console.log('built:', kind(built));
built.push(4);
console.log('built+4:', kind(built));
const nums = [1, 2, 3];
nums.push({ x: 1 });
console.log('nums+obj:', kind(nums));
nums.pop();
console.log('after pop:', kind(nums));
const mixed = [1.5, 'a'];
console.log('mixed:', kind(mixed));
const empty = [];
empty[0] = { x: 1 };
empty[2] = { x: 2 };
console.log('gap objects:', kind(empty));
console.log('nested:', kind([[1], [2]]), kind([[1], [2]][0]));
