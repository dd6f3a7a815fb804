// String.prototype.match / matchAll / search with and without g.
const s = 'cat bat rat';
console.log(s.match(/at/), s.match(/.at/g), s.match(/zz/), s.match(/zz/g));
const first = s.match(/(\w)at/);
console.log(first[0], first[1], first.index);
const all = [...s.matchAll(/(?<letter>\w)at/g)];
console.log(all.map((m) => `${m[0]}:${m.groups.letter}@${m.index}`));
try {
  s.matchAll(/at/);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(s.search(/bat/), s.search(/zzz/), 'a.b'.match('.')[0], '1+1'.search('\\+'));
const dates = '2024-01-02 and 2025-03-04';
for (const m of dates.matchAll(/(\d+)-(\d+)-(\d+)/g)) console.log(m.slice(1).join('/'));
console.log('aBc'.match(/b/i).index, 'x'.match(/(y)?x/));
