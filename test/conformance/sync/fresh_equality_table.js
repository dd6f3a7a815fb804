const values = [0, -0, '', '0', '1', ' ', null, undefined, NaN, false, true, [], [0], [1, 2], {}, '[object Object]'];
const names = values.map(v => typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? '[' + v + ']' : Object.is(v, -0) ? '-0' : String(v));
for (let i = 0; i < values.length; i++) {
  let row = names[i].padEnd(18);
  for (let j = 0; j < values.length; j++) row += values[i] == values[j] ? '=' : '.';
  console.log(row);
}
console.log(null == 0, null >= 0, null > 0, undefined == 0, undefined >= 0);
console.log(NaN != NaN, [] == ![], '' == [], 'a' < 'b', 'B' < 'a', '10' < '9', 10 < '9');
console.log(Object.is(NaN, NaN), Object.is(0, -0), 0 === -0);
