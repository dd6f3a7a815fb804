// Number methods and conversions: radix strings, rounding with toFixed, integer checks.
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(8));
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (0).toFixed(2), (-1.5).toFixed(0), (1e21).toFixed(2));
console.log((123.456).toPrecision(4), (0.00001234).toPrecision(2), (123456).toPrecision(2), (1.5).toExponential(3));
console.log(Number.isInteger(5.0), Number.isInteger('5'), Number.isSafeInteger(2 ** 53), Number.isFinite('1'), isFinite('1'));
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, 0.1 * 3, 9007199254740993);
console.log(parseInt('08'), parseInt('0x10'), parseInt('10', 2), parseInt('z', 36), parseInt(''), parseInt('3.9e2'));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e-2x'), parseFloat('Infinityx'), Number('12px'));
console.log(Number('0x1f'), Number('1_000'), Number(' 42 '), Number(null), Number([]), Number(['7']), Number(false));
console.log(String(123), (123).toString().length, 1e21 + '', 1e-7 + '', 123e-20, 2 ** -1074);
console.log(Number('Infinity'), Number('-0'), Object.is(Number('-0'), -0), ~~'7.9', '7.9' | 0, -7.9 >> 0);
console.log((25).toString(36), Number.parseFloat === parseFloat, (1234.5678).toFixed(), 0.1 + 0.7);
