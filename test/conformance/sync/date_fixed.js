// Dates from fixed timestamps only (the clock is never read).
const epoch = new Date(0);
console.log(epoch.toISOString(), epoch.getTime(), epoch.valueOf(), JSON.stringify(epoch));
const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.toISOString(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(Date.UTC(1970, 0, 1), Date.UTC(2000, 0), new Date('2020-01-01T00:00:00Z').getTime(), Date.parse('2020-01-01T00:00:00.000Z'));
const next = new Date(d.getTime());
next.setUTCDate(next.getUTCDate() + 1);
console.log(next.toISOString(), next - d);
const overflow = new Date(Date.UTC(2023, 0, 31));
overflow.setUTCMonth(1);
console.log(overflow.toISOString());
console.log(new Date(8.64e15).toISOString(), new Date(-1).toISOString());
const invalid = new Date('not a date');
console.log(invalid.getTime(), String(invalid), isNaN(invalid));
try {
  invalid.toISOString();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  new Date(8.64e15 + 1).toISOString();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(typeof Date(), new Date(2020, 0) instanceof Date, Object.prototype.toString.call(epoch));
