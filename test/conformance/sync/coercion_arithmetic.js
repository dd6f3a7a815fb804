// Arithmetic coerces with ToNumber; + prefers strings when either side is a string.
console.log('5' * '2', '5' - 2, '5' + 2, 5 + +'2', '10' / '4', '7' % 2);
console.log(+'', +' ', +'\n42\t', +'0x1A', +'0b101', +'0o17', +'1e3', +'1,000', +'12px');
console.log(+[], +[5], +[1, 2], +{}, +null, +undefined, +true, +false);
console.log([] + [], [] + {}, ({}) + [], 1 + null, 1 + undefined, 'a' + null);
console.log(true + true, true + '1', null + null, [1] + [2], [1, 2] + 3);
console.log(1 / 0, -1 / 0, 0 / 0, -0 + 0, 0 * -1, Math.abs(-0));
console.log('b' + 'a' + +'a' + 'a', 3 > 2 > 1, 1 < 2 < 3, '2' > '12', 2 > '12');
let x = '5';
x++;
let y = '5';
y += 1;
console.log(x, typeof x, y, typeof y);
console.log(10 - '3' + '3', '3' + 10 - 3, 4 + 5 + 'px', 'px' + 4 + 5);
