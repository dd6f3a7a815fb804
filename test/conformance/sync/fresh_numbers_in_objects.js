console.log({ int: 42, neg: -7, float: 3.14, tiny: 1e-10, huge: 1.5e300, negZero: -0, nan: NaN, inf: -Infinity, big: 12345678901234567890n });
console.log([0.1 + 0.2, 1 / 3, 2 / 3, 100 / 7, 1e21, 1e-7, 123456789.987654321]);
console.log(new Map([[0.5, 1e21], [-0, -0]]), new Set([NaN, -0, 0]));
console.log([1_000_000, 0xff, 0o17, 0b101, 1e3, 5e-1, .5]);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, -Number.MAX_SAFE_INTEGER);
console.log([2 ** 31, 2 ** 32, 2 ** 53, 2 ** 64, -(2 ** 31) - 1]);
console.log((123.456).toFixed(1), [(0.000001234).toPrecision(2), (1234.5).toExponential()], { fixed: (1.45).toFixed(1) });
