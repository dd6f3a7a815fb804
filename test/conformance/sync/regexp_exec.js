// RegExp exec: match arrays, index, groups, named groups.
const re = /(\d{4})-(\d{2})-(\d{2})/;
const m = re.exec('Date: 2024-03-15.');
console.log(m[0], m[1], m[2], m[3], m.index, m.input, m.length, m.groups);
const named = /(?<year>\d{4})-(?<month>\d{2})/.exec('2024-03');
console.log(named.groups.year, named.groups.month, Object.keys(named.groups));
console.log(/x/.exec('abc'), /a(z)?/.exec('a')[1]);
const withIndices = /b(c)/d.exec('abcd');
console.log(withIndices.indices[0], withIndices.indices[1]);
console.log(/(?:non)capture/.exec('noncapture').length, /a|b/.exec('cba')[0]);
const backref = /(\w)\1/.exec('hello');
console.log(backref[0], backref.index);
console.log(/(?<=\$)\d+/.exec('cost: $42')[0], /\d+(?!px)/.exec('12px 34em')[0]);
console.log(re.source, re.flags, String(re), /a/gimsuy.flags, new RegExp('a/b', 'g').source);
try {
  new RegExp('(');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
