const name = 'Zoë', items = ['🍎', '🍌'];
console.log(`Hi ${name}, you have ${items.length} items: ${items.join(' & ')}`);
console.log(`multi
line
template`, `tab\tand\\backslash`);
console.log(name.length, [...name].length, name.split(''), name.normalize('NFD').length);
console.log('🍎'.length, '🍎'.split(''), Array.from('🍎'), '🍎'.charCodeAt(0), '🍎'.codePointAt(0));
console.log(items, { fruit: '🍎' }, ['中文', '字符串'], { 键: '值' });
console.log('中文'.length, '中文'.split(''), encodeURIComponent('中 &'), decodeURIComponent('%E4%B8%AD'));
console.log(encodeURI('http://x.com/a b?q=1&r=é'), escape ? escape('a b') : '', unescape('%41'));
console.log('abc'.localeCompare('ABC'), ['b', 'a', 'C'].sort(), ['b', 'a', 'C'].sort((a, b) => a.localeCompare(b)));
console.log('ﬀ'.toUpperCase(), 'ǅ'.toLowerCase(), 'i'.toUpperCase(), 'Σ'.toLowerCase());
console.log(`${1}${'2'}${[3]}${{ toString() { return '4'; } }}`);
console.log('a' + '\u0301', '\u00e9' === 'e\u0301', '\u00e9' === 'e\u0301'.normalize());
