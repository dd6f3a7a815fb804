// lastIndex with the g and y flags, and test().
const g = /o/g;
const text = 'foo boo';
let m;
const found = [];
while ((m = g.exec(text)) !== null) found.push(`${m.index}->${g.lastIndex}`);
console.log(found.join(' '), g.lastIndex);

const t = /a/g;
console.log(t.test('aa'), t.lastIndex, t.test('aa'), t.lastIndex, t.test('aa'), t.lastIndex);

const y = /foo/y;
console.log(y.test('foofoo'), y.lastIndex, y.test('foofoo'), y.lastIndex, y.test('foofoo'), y.lastIndex);
y.lastIndex = 1;
console.log(y.test('xfoo'), y.exec('xfoo') === null);
const plain = /foo/;
plain.lastIndex = 5;
console.log(plain.test('foo'), plain.lastIndex);
const sticky = /\d/y;
const digits = [];
sticky.lastIndex = 0;
let d;
while ((d = sticky.exec('123a45'))) digits.push(d[0]);
console.log(digits);
console.log(/^b/m.test('a\nb'), /^b/.test('a\nb'), /a.c/s.test('a\nc'), /a.c/.test('a\nc'), /ABC/i.test('abc'));
