// Seed: 002_c52e49598bf4ced6.txt, 2.2.3 在 Chrome 中查看对象布局
// The notes' Foo(12, 10): 10 indexed properties (elements) and 12 named ones added by keyed
// stores. The notes read "10 in-object properties" off a heap snapshot; here the observable
// parts: the object stays fast, its elements are a packed array of strings.
function Foo(property_num, element_num) {
  // 添加可索引属性
  for (let i = 0; i < element_num; i++) {
    this[i] = `element${i}`;
  }
  // 添加常规属性
  for (let i = 0; i < property_num; i++) {
    let ppt = `property${i}`;
    this[ppt] = ppt;
  }
}
let bar = new Foo(12, 10);
// Added:
console.log('fast properties:', %HasFastProperties(bar));
console.log('object elements:', %HasObjectElements(bar), 'holey:', %HasHoleyElements(bar), 'dictionary:', %HasDictionaryElements(bar));
console.log('keys:', Object.keys(bar).length, Object.keys(bar).slice(0, 3).join(','), '…', Object.keys(bar).slice(-2).join(','));
let bar2 = new Foo(12, 10);
console.log('two Foo(12,10) share a map:', %HaveSameMap(bar, bar2));
let big = new Foo(30, 0);
console.log('Foo(30, 0) fast:', %HasFastProperties(big));
