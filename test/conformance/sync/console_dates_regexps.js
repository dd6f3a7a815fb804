// Dates (valid and invalid) and regular expressions, alone and inside other values.
const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d);
console.log([d], { when: d });
console.log(new Date(NaN), [new Date('garbage')]);
console.log(String(d));
console.log(d.toISOString(), d.toJSON(), JSON.stringify({ d }));
const re = /a(b)?c/giu;
re.lastIndex = 3;
console.log(re, [re, /\//], { re });
const withProp = /x/;
withProp.note = 'extra';
console.log(withProp);
console.log(new RegExp('a/b', 'm'), RegExp(''), /[\]]/y);
