// Seed: 002_c52e49598bf4ced6.txt, 2.2.1 常规属性（properties）和排序属性（elements）
// Integer keys (elements) are listed first in ascending order, then string keys in insertion
// order. Added: what V8 keeps where.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

function Foo() {
  this[100] = 'test-100';
  this[1] = 'test-1';
  this['B'] = 'bar-B';
  this[50] = 'test-50';
  this[9] = 'test-9';
  this[8] = 'test-8';
  this[3] = 'test-3';
  this[5] = 'test-5';
  this['A'] = 'bar-A';
  this['C'] = 'bar-C';
}
let bar = new Foo();

for (let key in bar) {
  console.log(`index:${key}  value:${bar[key]}`);
}
// Added:
console.log('fast properties:', %HasFastProperties(bar));
console.log('elements:', kind(bar));
console.log('named properties:', Object.keys(bar).filter((k) => !/^\d+$/.test(k)).join(','));
