// Strings are UTF-16: length counts code units, for-of and spread walk code points.
const s = 'a😀é';
console.log(s.length, [...s].length, Array.from(s), s.split(''));
for (const ch of s) console.log(ch, ch.length, ch.codePointAt(0).toString(16));
console.log(s.charAt(1) === '\ud83d', s.slice(1, 3) === '😀', s.at(-1));
const combined = 'e\u0301';
console.log(combined.length, combined.normalize('NFC').length, combined === 'é', combined.normalize() === 'é');
console.log('😀'.split('').length, [...'👨‍👩‍👧'].length, 'ABC'.split('').reverse().join(''));
console.log(encodeURIComponent('é 😀&='), decodeURIComponent('%F0%9F%98%80'), escape('é'), encodeURI('a b?c=d'));
console.log('abc' < 'abd', 'B' < 'a', 'é'.localeCompare('e'), ['é', 'z', 'e'].sort());
