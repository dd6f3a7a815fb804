// %IsSmi: which numbers are small integers (31-bit payload on this 64-bit build with pointer
// compression: 32-bit Smis), and which results of arithmetic and builtins come back as Smis.
const values = [
  ['0', 0], ['-0', -0], ['1', 1], ['-1', -1], ['1.0', 1.0], ['1.5', 1.5],
  ['2**30', 2 ** 30], ['2**31 - 1', 2 ** 31 - 1], ['2**31', 2 ** 31], ['-(2**31)', -(2 ** 31)],
  ['-(2**31) - 1', -(2 ** 31) - 1], ['NaN', NaN], ['Infinity', Infinity],
  ['3 / 1', 3 / 1], ['7 / 2', 7 / 2], ['0.1 + 0.2', 0.1 + 0.2], ['0.5 + 0.5', 0.5 + 0.5],
  ['Math.floor(2.7)', Math.floor(2.7)], ['Math.round(-0.4)', Math.round(-0.4)],
  ['parseInt("42")', parseInt('42')], ['Number("7")', Number('7')], ['+"3.0"', +'3.0'],
  ['"abc".length', 'abc'.length], ['[1,2].length', [1, 2].length], ['1e3', 1e3],
  ['-5 % 5', -5 % 5], ['2**53', 2 ** 53], ['"1"', '1'], ['true', true], ['null', null],
];
for (const [label, v] of values) {
  console.log(label.padEnd(16), %IsSmi(v));
}
