// Searching and replacing in strings with plain strings and regular expressions.
const text = 'The quick brown fox jumps over the lazy dog. The end.';
console.log(text.indexOf('The'), text.indexOf('The', 1), text.lastIndexOf('the'), text.search(/o/));
console.log(text.replace('The', 'A'), text.replace(/the/gi, 'THE'));
console.log(text.match(/\b\w{5}\b/g), text.match(/cat/), text.match(/(qu)(ick)/).slice(1));
console.log(text.split(' ').filter((w) => w.length > 4).map((w) => w.replace(/\W/g, '')));
console.log('a-b_c d'.split(/[-_ ]/), 'CamelCaseString'.replace(/([A-Z])/g, ' $1').trim());
console.log('snake_case_words'.replace(/_(\w)/g, (_, c) => c.toUpperCase()), 'x'.replace('x', '$$'));
console.log('aaa'.replaceAll('a', (m, off) => off), 'abc'.replace(/(?<first>a)/, '[$<first>]'));
console.log('2024-01-05'.split('-').map(Number), 'one,two;three'.split(/[,;]/).length);
const count = (s, ch) => s.split(ch).length - 1;
console.log(count('banana', 'a'), [...'banana'].filter((c) => c === 'n').length);
