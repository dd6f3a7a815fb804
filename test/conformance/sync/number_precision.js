// Floating point precision and the safe integer range.
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(0.1 * 3, 0.3 - 0.1, 1.1 * 1.1, 9.95 * 100, 1.005 * 1000);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2);
console.log(2 ** 53 === 2 ** 53 + 1, Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log(Number.MAX_VALUE * 2, -Number.MAX_VALUE * 2, Number.MIN_VALUE / 2);
console.log(9007199254740993, 123456789012345678901234567890);
console.log(0.1 + 0.7, 4.35 * 100, 1 - 0.9, 3 * 1.1);
console.log((0.1).toFixed(20), (0.1 + 0.2).toPrecision(17));
