// Modern string methods: at, padStart/padEnd, replaceAll, trimStart, codePointAt, raw.
const s = 'JavaScript';
console.log(s.at(0), s.at(-1), s.at(20), s.charAt(20), s[20]);
console.log('5'.padStart(3, '0'), 'ab'.padEnd(6, '12'), 'abc'.padStart(2), 'x'.padEnd(3) + '|');
console.log('a-b-c'.replaceAll('-', '+'), 'aaa'.replace('a', 'b'), 'x.y.z'.split('.', 2));
console.log('  hi  '.trimStart() + '|', '|' + '  hi  '.trimEnd(), '\t\n x \n'.trim());
console.log('😀'.length, '😀'.codePointAt(0), '😀'.charCodeAt(0), String.fromCodePoint(128512) === '😀');
console.log(String.raw`a\nb${1 + 1}\t`, 'abc'.localeCompare('abd'), 'a'.localeCompare('a'));
console.log('Hello'.startsWith('He'), 'Hello'.endsWith('lo', 5), 'Hello'.includes('ell', 2));
console.log('abc'.slice(-2), 'abc'.substring(2, 0), 'abc'.substr(-2, 1), 'abcdef'.slice(2, -1));
console.log('a,b,,c'.split(','), 'abc'.split(''), ''.split(','), 'abc'.split());
console.log('Straße'.toUpperCase(), 'İ'.toLowerCase().length, 'ß'.normalize('NFD'));
console.log('na'.repeat(3) + ' batman', 'abc'.concat(1, [2, 3]), 'tEST'.at(0).toUpperCase() + 'tEST'.slice(1).toLowerCase());
console.log('abcabc'.indexOf('c'), 'abcabc'.lastIndexOf('c'), 'abc'.indexOf(''), 'abc'.search(/c/));
