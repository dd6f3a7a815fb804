// Seed: 002_c52e49598bf4ced6.txt, 2.2.1 常规属性（properties）和排序属性（elements）
// The notes' Foo with other keys: elements come out in index order, named properties in
// insertion order, and the elements' storage depends on how the indices are spread.
function Foo() {
  this[20] = 'test-20';
  this['Z'] = 'bar-Z';
  this[2] = 'test-2';
  this[0] = 'test-0';
  this['M'] = 'bar-M';
  this[7] = 'test-7';
  this['A'] = 'bar-A';
}
let bar = new Foo();
for (let key in bar) {
  console.log(`index:${key}  value:${bar[key]}`);
}
// Added:
console.log('fast properties:', %HasFastProperties(bar));
console.log('elements: dictionary', %HasDictionaryElements(bar), 'holey', %HasHoleyElements(bar), 'object', %HasObjectElements(bar));
let bar2 = new Foo();
console.log('bar vs bar2:', %HaveSameMap(bar, bar2));
bar2[5000] = 'far';
console.log('bar2[5000]: dictionary', %HasDictionaryElements(bar2), 'same map as bar', %HaveSameMap(bar, bar2));
