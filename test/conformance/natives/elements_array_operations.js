// The elements kind after common array operations: push, pop, shift, unshift, splice, concat,
// sort and reverse never go back to a more specific kind.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

const a = [1, 2, 3];
a.push(4);
console.log('push(4)          ', kind(a));
a.push(5.5);
console.log('push(5.5)        ', kind(a));
a.pop();
console.log('pop()            ', kind(a), a.length);
a.shift();
console.log('shift()          ', kind(a));
a.unshift('s');
console.log("unshift('s')     ", kind(a));
const b = [3, 1, 2];
b.sort();
console.log('sort() smis      ', kind(b));
b.splice(1, 1);
console.log('splice(1, 1)     ', kind(b));
b.splice(1, 0, 7.5);
console.log('splice insert 7.5', kind(b));
const c = [1, 2].concat([3.5]);
console.log('concat([3.5])    ', kind(c));
const d = [1, , 3].reverse();
console.log('reverse() holey  ', kind(d));
