// Strings inside objects and arrays are quoted; the quote style depends on the content.
console.log(['plain', "it's", 'say "hi"', `both ' and "`, 'back`tick']);
console.log({ nl: 'line1\nline2', tab: 'a\tb', slash: 'c:\\dir', empty: '' });
console.log(['unicode é ü 中文 😀', '\u0007bell', '\x00nul']);
console.log('top level strings are raw:', "it's", 'line1\nline2');
console.log({ 'key with space': 1, 'valid_id': 2, '1abc': 3, 'a-b': 4, ünï: 5, $dollar: 6, '': 7 });
console.log([new String('boxed'), 'x'.repeat(20)]);
const long = 'word '.repeat(30);
console.log([long]);
console.log({ long });
