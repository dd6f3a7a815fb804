const xs = [0.1, 0.5, 1 / 3, 2 / 3, 1e-10, 123e25, 5e-324, 1.7976931348623157e308, 4.35, 0.000001, 1e-7, 100, 1e21, 999999999999999999999];
for (const x of xs) console.log(x, String(x), x.toString(2).length, x.toString(36), x.toFixed(5), x.toPrecision(1));
console.log((25).toString(36), (0.1).toString(3).slice(0, 12), (-0).toString(), (-0).toFixed(2), (NaN).toFixed(2));
console.log(Number('0.0000001'), Number('1e+21'), Number('-Infinity'), Number('infinity'), Number('  '), Number('\t1\n'));
console.log(1e21 + '', 1e20 + '', 123456789012345678 + '', 0.1 + 0.7, 1.1 * 3, 0.57 * 100);
console.log(Number.MAX_SAFE_INTEGER.toString(16), (2 ** 31).toString(2), (-(2 ** 31)).toString(32));
console.log(parseFloat('1e1000'), parseFloat('-0'), 1 / parseFloat('-0'), parseInt('123abc', 8), parseInt('z', 36));
