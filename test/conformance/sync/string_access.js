// Reading strings: charAt, charCodeAt, codePointAt, indexing, indexOf, slice/substring/substr.
const s = 'Hello, World';
console.log(s.length, s[0], s.charAt(4), s.charAt(99) === '', s[99], s.charCodeAt(0), s.charCodeAt(99), s.codePointAt(1));
console.log(s.indexOf('o'), s.indexOf('o', 5), s.lastIndexOf('o'), s.indexOf('xyz'), s.indexOf(''), s.search('W'));
console.log(s.slice(0, 5), s.slice(-5), s.slice(7, -2), s.slice(5, 2) === '');
console.log(s.substring(0, 5), s.substring(5, 0), s.substring(-3, 2), s.substring(7));
console.log(s.substr(7, 3), s.substr(-5, 2), s.substr(3));
console.log(s.at(0), s.at(-1), s.at(100));
s[0] = 'J';
console.log(s);
const emoji = '😀x';
console.log(emoji.length, emoji.charCodeAt(0), emoji.codePointAt(0), emoji.codePointAt(1), emoji.at(0) === '\ud83d', [...emoji].length);
console.log(String.fromCharCode(72, 105), String.fromCodePoint(128512, 33), 'abc'.split('').reverse().join(''));
