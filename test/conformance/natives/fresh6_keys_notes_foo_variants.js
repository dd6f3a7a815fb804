// The notes' Foo (2.2.1) with more kinds of keys: integer-like strings, non-canonical numbers,
// negative numbers and symbols, listed by every key-listing API.
// Seed: 002_c52e49598bf4ced6.txt, 2.2.1
function Foo() {
  this[100] = 'test-100';
  this[1] = 'test-1';
  this['B'] = 'bar-B';
  this['01'] = 'zero-one';
  this[-1] = 'minus-one';
  this[1.5] = 'one-and-half';
  this[Symbol.for('sym')] = 'symbol';
  this[50] = 'test-50';
  this['4294967295'] = 'max-uint32';
  this['4294967294'] = 'max-index';
  this['A'] = 'bar-A';
  this[9] = 'test-9';
}
let bar = new Foo();
for (let key in bar) {
  console.log(`index:${key}  value:${bar[key]}`);
}
console.log(Object.keys(bar).join(' '));
console.log(Reflect.ownKeys(bar).map(String).join(' '));
console.log(JSON.stringify(bar));
console.log(Object.getOwnPropertySymbols(bar).length, %HasFastProperties(bar));
