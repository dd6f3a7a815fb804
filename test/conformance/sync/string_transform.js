// String methods that build new strings.
const s = '  Mixed Case  ';
console.log(JSON.stringify([s.trim(), s.trimStart(), s.trimEnd(), s.toUpperCase(), s.toLowerCase()]));
console.log('5'.padStart(3, '0'), 'abc'.padEnd(6, '12'), 'abc'.padStart(2), 'x'.padStart(4), JSON.stringify('x'.padEnd(3)));
console.log('ab'.repeat(3), 'x'.repeat(0) === '', 'na'.repeat(2.9));
console.log('hello'.startsWith('he'), 'hello'.startsWith('l', 2), 'hello'.endsWith('lo'), 'hello'.endsWith('l', 4), 'hello'.includes('ell'), 'hello'.includes('z'));
console.log('a-b'.concat('-c', 1, null), 'Straße'.toUpperCase(), 'İ'.toLowerCase().length, 'ǅ'.toLowerCase());
console.log('abc'.localeCompare('abd'), 'a,b'.at(1), ' \t\n x \n'.trim());
try {
  'abc'.repeat(Infinity);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  'abc'.startsWith(/a/);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
