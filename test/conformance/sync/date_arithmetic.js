// Date arithmetic with fixed dates: differences in days, adding months, comparing.
const start = new Date(Date.UTC(2024, 0, 31));
const end = new Date(Date.UTC(2024, 2, 1));
console.log((end - start) / 86400000, end > start, start.getTime() === new Date(start).getTime());
const plusMonth = new Date(start);
plusMonth.setUTCMonth(plusMonth.getUTCMonth() + 1);
console.log(plusMonth.toISOString());
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
console.log(days[start.getUTCDay()], days[new Date(Date.UTC(2000, 0, 1)).getUTCDay()]);
const leap = (y) => new Date(Date.UTC(y, 1, 29)).getUTCDate() === 29;
console.log([1900, 2000, 2023, 2024].map(leap));
const d = new Date('2024-06-15T10:20:30.456Z');
console.log(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(d.toISOString().slice(0, 10), d.toJSON(), Date.parse('2024-06-15'), Date.parse('nonsense'));
console.log(new Date(2024, 0, 1, 0, 0, 0).toISOString(), new Date(0).getFullYear(), new Date(-1).toISOString());
console.log([new Date(3), new Date(1), new Date(2)].sort((a, b) => a - b).map((x) => x.getTime()));
