// Special numbers and bigints as console.log shows them, alone and nested.
console.log(-0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2, 2 ** 53, -1.5e300);
console.log([-0, NaN, 1e21, 123456789012345680000], { negZero: -0, inf: -Infinity });
console.log(10n, -5n, 2n ** 64n, [1n], { big: 123n });
console.log(0xff, 0o17, 0b101, 1_000_000, .5, 5., 0.000001, 1e6);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Number.EPSILON);
console.log(new Number(-0), [new Number(5)], Object(2n));
console.log('%d %i %f', 42.9, -42.9, '3.5');
console.log('%s|%s|%s', -0, 5n, null);
