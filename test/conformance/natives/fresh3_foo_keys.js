// The notes' Foo (2.2.1) enumerated every way: for-in, Object.keys, Reflect.ownKeys,
// JSON.stringify, Object.entries; plus where its properties live.
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
let s = [];
for (let key in bar) s.push(key);
console.log('for-in:', s.join(' '));
console.log('keys:', Object.keys(bar).join(' '));
console.log('ownKeys:', Reflect.ownKeys(bar).join(' '));
console.log('json:', JSON.stringify(bar));
console.log('entries[0]:', Object.entries(bar)[0].join('='));
console.log('fast properties:', %HasFastProperties(bar));
console.log('holey:', %HasHoleyElements(bar), 'dictionary elements:', %HasDictionaryElements(bar));
console.log('object elements:', %HasObjectElements(bar));
let bar2 = new Foo();
console.log('two Foos:', %HaveSameMap(bar, bar2));
