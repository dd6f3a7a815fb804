// Floating point: 0.1 + 0.2, rounding helpers, Number.EPSILON comparisons, integers beyond 2^53.
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(0.3 - 0.1, 1.1 * 3, 0.7 + 0.1, 3 * 1.1 === 3.3, 100 * 1.1);
console.log(Math.round(1.005 * 100) / 100, +(1.005).toFixed(2), Math.round((1.005 + Number.EPSILON) * 100) / 100);
console.log(9007199254740992 + 1, 9007199254740992 + 2, 2 ** 53 === 2 ** 53 + 1);
console.log(1 / 3, 2 / 3, 10 / 3, 1e16 + 1, 123456789.123456789, 5e-324, 5e-325);
console.log((0.1).toFixed(20), (0.5).toString(2), (0.1).toString(3), 1.7976931348623157e308 * 2);
console.log(0.1 * 0.2, 4.35 * 100, 1.15 * 100, 8.675 * 100, 0.000001, 0.0000001);
console.log(Number.MIN_SAFE_INTEGER, -Number.MAX_VALUE, 1e300 * 1e10, -1e300 * 1e10);
