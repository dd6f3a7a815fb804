// String comparison is by UTF-16 code units; localeCompare uses collation.
console.log('a' < 'b', 'a' < 'B', 'Z' < 'a', '10' < '2', 'abc' < 'abd', 'ab' < 'abc', 'é' > 'z');
console.log(['b', 'a', 'C', 'B', 'c', 'A'].sort().join(''));
console.log(['b', 'a', 'C', 'B', 'c', 'A'].sort((x, y) => x.localeCompare(y)).join(''));
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('A'));
console.log(['résumé', 'resume', 'Resume', 'rèsume'].sort((x, y) => x.localeCompare(y)));
console.log('ä'.localeCompare('z', 'de'), 'ä'.localeCompare('z', 'sv'));
console.log('a' === 'a', 'a' == new String('a'), new String('a') === new String('a'));
console.log('\u00e9' === 'e\u0301', '\u00e9'.normalize() === 'e\u0301'.normalize(), 'e\u0301'.length);
console.log('😀'.charCodeAt(0) < 'ｚ'.charCodeAt(0), '😀' < 'ｚ');
