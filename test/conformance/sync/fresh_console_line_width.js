// Where Node breaks objects over lines: 72 columns of content, 80 in total.
for (let n = 3; n <= 9; n++) {
  const o = {};
  for (let i = 0; i < n; i++) o['key' + i] = 'v'.repeat(i + 1);
  console.log(o);
}
console.log({ a: 'x'.repeat(60) });
console.log({ a: 'x'.repeat(66) });
console.log({ a: 'x'.repeat(67) });
console.log({ a: 'x'.repeat(70), b: 1 });
console.log([['nested', 'array'], ['with', 'several'], ['short', 'items'], ['and', 'more']]);
console.log({ outer: { inner: { a: 1, b: 2, c: 3 }, other: [1, 2, 3], str: 'some text here' } });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }]);
console.log({ fn: function namedFunction() {}, arrow: () => {}, cls: class Foo {}, sym: Symbol('s') });
console.log('prefix', { a: 1, b: 'two', c: [3] }, 'suffix');
console.log('label:', Array.from({ length: 25 }, (_, i) => i));
