// Named groups, lookbehind, replace with functions and $<name>, and lastIndex with the g flag.
const re = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/;
const m = '2024-05-17'.match(re);
console.log(m.groups.year, m.groups.month, m.index, m.length, Object.keys(m.groups));
console.log('2024-05-17'.replace(re, '$<day>/$<month>/$<year>'), '2024-05-17'.replace(re, '$2.$1'));
console.log('price: $30, cost: $45'.match(/(?<=\$)\d+/g), 'a1b2c3'.replace(/\d/g, (d) => d * 2));
console.log('x'.replace(/x/, '$&$&'), 'abc'.replace(/b/, "[$`|$']"), 'aaa'.replace(/a/g, '$$'));
const g = /o/g;
const text = 'foo boo';
const found = [];
let r;
while ((r = g.exec(text)) !== null) found.push(r.index + ':' + g.lastIndex);
console.log(found, g.lastIndex);
console.log(/a.c/s.test('a\nc'), /a.c/.test('a\nc'), /^b/m.test('a\nb'), /\bcat\b/i.test('Cat!'));
console.log('one  two   three'.split(/\s+/), 'a1b22c333'.split(/\d+/), 'abc'.split(/(b)/));
console.log(/(a)|(b)/.exec('b'), RegExp.prototype.toString.call(/x/gi), /[/]/.source);
console.log([...'a1b2'.matchAll(/[a-z](\d)/g)].map((x) => x[1] + '@' + x.index));
