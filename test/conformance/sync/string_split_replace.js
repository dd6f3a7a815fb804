// split, replace and replaceAll with strings, regexps, patterns and functions.
console.log('a,b,,c'.split(','), 'abc'.split(''), 'a b  c'.split(' '), 'abc'.split(), 'a,b,c'.split(',', 2), ''.split(','), ''.split(''));
console.log('a1b2c3'.split(/\d/), 'a1b2c3'.split(/(\d)/), 'one  two   three'.split(/\s+/));
console.log('aaa'.replace('a', 'b'), 'aaa'.replaceAll('a', 'b'), 'aaa'.replace(/a/g, 'c'));
console.log('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'), 'price: 10'.replace(/\d+/, '$$$&.00'), 'abc'.replace('b', "[$`|$&|$']"));
console.log('2024-01-15'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y>'));
console.log('hello world'.replace(/\b\w/g, (ch) => ch.toUpperCase()));
console.log('a1b22c333'.replace(/\d+/g, (match, offset) => `[${match.length}@${offset}]`));
console.log('x-y-z'.replace(/(\w)-(\w)/, (all, p1, p2, offset, whole) => [all, p1, p2, offset, whole].join('|')));
console.log('aaa'.replaceAll('a', (m, i) => i), 'a.b.c'.replaceAll('.', '$&$&'));
try {
  'aaa'.replaceAll(/a/, 'b');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log('no match'.replace(/xyz/, 'never'), 'case'.replace(/CASE/i, 'ignored case'));
