const pairs = [
  [1, '2'], ['1', 2], [1, 2], [true, 1], [null, 1], [undefined, 1], [[], []], [[], {}],
  [{}, []], [[1], [2]], ['a', null], [1n, 2n], ['x', 1n], [[1, 2], 3], [new Date(0).getTime(), 1],
];
for (const [a, b] of pairs) {
  const r = a + b;
  console.log(typeof a, typeof b, '=>', typeof r, JSON.stringify(String(r)));
}
console.log(+'', +' 12 ', +'1e3', +'0x1f', +'0b11', +'0o17', +'12px', +[], +[5], +[1, 2], +{}, +null, +undefined, +true);
console.log('5' - 2, '5' * '2', 'a' * 1, '10' / '4', '7' % 3, - '3', ~'5');
console.log(1 + - + + + - + 1, '3' + 4 + 5, 3 + 4 + '5');
console.log(Number('  \n42\t'), parseInt('42px'), parseFloat('.5e1abc'), Number(''), Number('0.1.2'));
console.log(String([1, [2, [3, null, undefined]]]), String({}), String(Symbol('s')), `${[1, 2]}`);
console.log(Boolean(''), Boolean('0'), Boolean([]), Boolean({}), !!NaN, !!-0, !!0n, !!1n);
