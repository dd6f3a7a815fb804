// Strings are UTF-16: surrogate pairs, code points, normalization.
const s = 'a😀b';
console.log(s.length, [...s].length, Array.from(s), s.split('').map((u) => u.charCodeAt(0).toString(16)));
console.log(s.codePointAt(1).toString(16), s.charCodeAt(1).toString(16), s.charCodeAt(2).toString(16));
console.log('\u{1F600}' === '😀', '\uD83D\uDE00' === '😀', String.fromCodePoint(0x1f600) === '😀');
console.log('café'.length, 'cafe\u0301'.length, 'cafe\u0301'.normalize('NFC').length, 'é'.normalize('NFD').length);
console.log('ﬁ'.toUpperCase(), 'ß'.toUpperCase(), 'ΣΑΣ'.toLowerCase());
console.log(encodeURIComponent('a b&c/ü😀'), decodeURIComponent('%E2%9C%93'), encodeURI('http://x/a b?q=ü'), escape === undefined);
console.log([...'👨‍👩‍👧'].length, '👨‍👩‍👧'.length);
console.log('abc'.isWellFormed(), '\ud800'.isWellFormed(), JSON.stringify('\ud800'));
