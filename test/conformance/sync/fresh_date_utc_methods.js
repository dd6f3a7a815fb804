const base = Date.UTC(2023, 0, 31, 22, 15, 5, 250);
const d = new Date(base);
console.log(d.toISOString(), d.getUTCDay(), d.getTimezoneOffset());
d.setUTCMonth(1);
console.log(d.toISOString());
d.setUTCDate(0);
console.log(d.toISOString());
d.setUTCHours(48);
console.log(d.toISOString(), d.getUTCHours());
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
for (let i = 0; i < 7; i++) {
  const x = new Date(Date.UTC(2024, 2, 10 + i));
  console.log(x.toISOString().slice(0, 10), days[x.getUTCDay()], x.toUTCString());
}
const diff = new Date(Date.UTC(2024, 11, 25)) - new Date(Date.UTC(2024, 0, 1));
console.log(diff, diff / 864e5, Math.round(diff / (1000 * 60 * 60 * 24 * 7)));
console.log(new Date(Date.UTC(2024, 1, 29)).toISOString(), new Date(Date.UTC(2023, 1, 29)).toISOString());
console.log(new Date('2024-03-10T12:00:00Z').toString(), new Date('2024-03-10T12:00:00.000+02:00').toISOString());
console.log(new Date(2020, 0).toISOString(), new Date(0).getFullYear(), new Date(0).toLocaleDateString === undefined);
