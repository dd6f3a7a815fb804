// Changing length, pop to empty, shift and unshift on a double array, an array of arrays.
function kind(a) {
  const holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "?";
}
const a = [1, 2, 3, 4, 5];
a.length = 2;
console.log('length=2:', kind(a));
a.length = 4;
console.log('length=4:', kind(a));
const b = [1.5, 2.5];
b.pop();
b.pop();
console.log('popped empty:', kind(b));
b.push(1);
console.log('push 1 after:', kind(b));
const c = [1.5, 2.5, 3.5];
c.shift();
c.unshift(7);
console.log('shift/unshift:', kind(c));
const grid = [];
for (let i = 0; i < 3; i++) grid.push([i, i + 1]);
console.log('grid:', kind(grid), kind(grid[0]));
grid[1][1] = 0.5;
console.log('grid[1] double:', kind(grid[1]), 'grid[0]:', kind(grid[0]));
const e = [];
e.length = 3;
console.log('empty length 3:', kind(e));
