// Dates from fixed timestamps: UTC getters, setters that roll over, and formatting methods.
const d = new Date(Date.UTC(2023, 0, 31, 22, 5, 9));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getTime());
d.setUTCMonth(1);
console.log(d.toISOString());
d.setUTCDate(0);
console.log(d.toISOString());
console.log(new Date(2020, 1, 29).getDate(), new Date(2021, 1, 29).getDate(), new Date(0).getTimezoneOffset());
console.log(new Date('2024-03-10').toISOString(), new Date('2024-03-10T12:00:00Z').valueOf());
console.log(new Date(0).toString(), new Date(0).toUTCString(), new Date(0).toDateString());
console.log(new Date(86400000 * 365).toLocaleDateString('en-US'), new Date(0).toLocaleTimeString('en-US'));
console.log(Date.UTC(1970, 0, 1), Date.UTC(2000, 0), typeof Date.now(), typeof Date());
console.log(new Date(8.64e15 + 1).getTime(), String(new Date(NaN)), new Date(2024, 0, 1, 25).getDate());
const a = new Date(1000);
const b = new Date(4000);
console.log(b - a, a < b, a == new Date(1000), +a === +new Date(1000));
