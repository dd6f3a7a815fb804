// The + operator: string concatenation versus numeric addition.
console.log('1' + 2, 1 + '2', 1 + 2 + '3', '1' + 2 + 3, 1 + +'2');
console.log([] + [], [] + {}, ({}) + [], ({}) + ({}));
console.log([1, 2] + [3], [1] + 1, [1] * [2], [2] - [1]);
console.log(true + 1, true + true, null + 1, undefined + 1, null + null, null + 'x', undefined + 'x');
console.log('3' - 1, '3' * '4', '10' / '4', '7' % 4, 'a' - 1, '' - 1, ' 12 ' * 1);
console.log(+'', +' ', +'0x1f', +'1e3', +'1,5', +[], +[5], +[1, 2], +{}, +null, +undefined, +true);
console.log(-'5', -[], -'-0', 1 / -'0');
console.log('b' + 'a' + +'a' + 'a');
const d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1), d - 0);
console.log(1 + Symbol.iterator.description);
try {
  1 + Symbol('x');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(`${[1, [2, 3]]}`, String([null]), String([undefined, null]), [null] + '', [undefined] == '');
