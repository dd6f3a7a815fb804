// parseInt, parseFloat, Number() and the Number.is* predicates on edge cases.
const inputs = ['42', '  42  ', '42px', '4.2e1', '0x2A', '0b101', '', ' ', 'abc', '-0', '+7', '1e1000', '.5', '5.', 'Infinity', '-Infinity', '08', '1_000', '12abc34'];
for (const s of inputs) {
  console.log(JSON.stringify(s), parseInt(s), parseFloat(s), Number(s));
}
console.log(parseInt('123', 0), parseInt('123', 1), parseInt('123', 37), parseInt('11', 2), parseInt('z', 36));
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(null), parseInt('null', 36), parseFloat('3.14abc'), parseFloat('.1.2'));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number(['7']), Number([1, 2]), Number({}), Number(new Date(5)));
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'), Number.isInteger(Infinity), Number.isInteger(-0));
console.log(Number.isFinite('5'), isFinite('5'), Number.isFinite(1 / 0), Number.isNaN(NaN), isNaN(undefined), Number.isNaN(undefined));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
console.log(Math.trunc('7.9'), ~~'7.9', '7.9' | 0, +'7.9' >>> 0, -7.9 | 0);
