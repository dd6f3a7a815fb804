// The u and v flags: code points, property escapes.
console.log(/^.$/.test('😀'), /^.$/u.test('😀'), '😀'.match(/./gu).length, '😀'.match(/./g).length);
console.log(/\u{1F600}/u.test('😀'), /\p{L}+/u.exec('123 héllo!')[0], /\p{Script=Greek}/u.test('α'), /\p{Lu}/u.test('a'));
console.log('naïve café'.match(/\p{L}+/gu), [...'a1b2'.matchAll(/\p{N}/gu)].map((m) => m[0]));
console.log(/[\p{Emoji}--\p{ASCII}]/v.test('😀'), /[\p{Emoji}--\p{ASCII}]/v.test('1'));
console.log('😀😀'.replace(/(?:)/gu, '|'), '😀'.split(/(?:)/u).length, '😀'.split('').length);
console.log(/\w/u.test('é'), /[a-z]/i.test('K'), /\bé/u.test('é'));
try {
  new RegExp('\\p{L}');
  console.log('without u, \\p is just p');
  new RegExp('\\p{Nope}', 'u');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
