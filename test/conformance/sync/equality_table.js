// Loose (==) versus strict (===) equality across types.
const values = [0, -0, '', '0', ' ', 'a', null, undefined, NaN, false, true, [], [0], {}, '1', 1];
const names = values.map((v) => (Array.isArray(v) ? `[${v}]` : typeof v === 'string' ? JSON.stringify(v) : v === 0 && 1 / v < 0 ? '-0' : String(v)));
for (let i = 0; i < values.length; i++) {
  let row = '';
  for (let j = 0; j < values.length; j++) {
    row += values[i] === values[j] ? '=' : values[i] == values[j] ? '~' : '.';
  }
  console.log(row, names[i]);
}
console.log(null == 0, null >= 0, null > 0, undefined == null, undefined === null, NaN != NaN);
console.log('1' == 1, '01' == 1, '1.0' == 1, 'true' == true, '1' == true, [1] == 1, [1, 2] == '1,2');
const o = {};
console.log(o == o, o == {}, [] == [], [] == ![], '' == [], '0' == false, 0 == '\n');
