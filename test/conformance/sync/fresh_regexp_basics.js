const re = /(\d{4})-(\d{2})-(\d{2})/;
const m = '2024-03-15 and 2025-01-02'.match(re);
console.log(m);
console.log(m.index, m.input.length, m[1], m.length);
console.log('2024-03-15 and 2025-01-02'.match(/\d{4}/g), 'none'.match(/x/), 'none'.match(/x/g));
const named = /(?<year>\d{4})-(?<month>\d{2})/.exec('on 1999-12');
console.log(named.groups, named.groups.year, Object.keys(named.groups));
console.log([...'a1b22c333'.matchAll(/\d+/g)].map(x => [x[0], x.index]));
const g = /o/g;
console.log(g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex);
console.log(/abc/i.test('ABC'), /^\w+$/.test('hello_1'), /\bcat\b/.test('concat'), /a.c/s.test('a\nc'));
console.log(re, /a\/b/g, new RegExp('x+', 'gi'), new RegExp('/'), String(/[a-z]/u), re.source, re.flags, /x/gimsuy.flags);
console.log('a, b;c d'.split(/[,; ]+/), 'aBc'.replace(/[A-Z]/g, c => '_' + c.toLowerCase()));
console.log('price: $5'.replace(/\$(\d)/, '€$1'), 'x-y-z'.replace(/-(\w)/g, (_, ch) => ch.toUpperCase()));
console.log({ re }, [/a/g]);
try { new RegExp('('); } catch (e) { console.log(e.name, e.message); }
