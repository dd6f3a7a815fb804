const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.toISOString(), d.getTime(), d.valueOf() === +d);
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMilliseconds());
console.log(d.toString());
console.log(d.toUTCString(), d.toDateString(), d.toTimeString());
console.log(JSON.stringify({ d }), d.toJSON());
console.log(d);
console.log([d], { when: d });
const e = new Date(0);
e.setUTCFullYear(2000);
e.setUTCMonth(12);
console.log(e.toISOString());
console.log(new Date('2020-01-01').getTime(), new Date('2020-01-01T00:00:00Z').toISOString(), Date.UTC(1970, 0, 2));
console.log(new Date(NaN), String(new Date(NaN)), new Date('garbage').getTime(), isNaN(new Date('x')));
console.log(new Date(2020, 0, 31 + 1).toISOString(), new Date(8.64e15).toISOString());
try { new Date(8.64e15 + 1).toISOString(); } catch (err) { console.log(err.name, err.message); }
console.log(new Date(Date.UTC(1999, 11, 31)) < new Date(Date.UTC(2000, 0, 1)), new Date(5) - new Date(2));
console.log(Date.parse('2001-02-03T04:05:06.789Z'), typeof Date.now(), new Date(2024, 0, 1).getDay());
