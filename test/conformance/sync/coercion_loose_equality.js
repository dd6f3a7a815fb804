// Loose equality (==) coerces; strict equality (===) does not.
const pairs = [
  [null, undefined],
  [null, 0],
  [undefined, 0],
  ['', 0],
  ['0', false],
  [' \t\n', 0],
  ['1', 1],
  [[], false],
  [[0], false],
  [[1, 2], '1,2'],
  [{}, '[object Object]'],
  [NaN, NaN],
  [0, -0],
  ['abc', new String('abc')],
  [new String('a'), new String('a')],
  [1n, 1],
  [true, 'true'],
  [true, 1],
];
for (const [a, b] of pairs) {
  console.log(JSON.stringify(String(a)), '==', JSON.stringify(String(b)), a == b, a === b, Object.is(a, b));
}
