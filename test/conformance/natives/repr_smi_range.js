// %IsSmi tells whether a value is stored as a small integer (Smi) or boxed (a HeapNumber).
// Which integers fit depends on the build (31 bits with pointer compression, 32 without); the
// recording shows Node 26's range. -0, NaN and fractions are always HeapNumbers. The same integer read out of a double array or a Double field is a
// HeapNumber too.
console.log('0', %IsSmi(0));
console.log('-0', %IsSmi(-0));
console.log('1', %IsSmi(1));
console.log('-1', %IsSmi(-1));
console.log('2**30 - 1', %IsSmi(1073741823));
console.log('2**30', %IsSmi(1073741824));
console.log('-(2**30)', %IsSmi(-1073741824));
console.log('-(2**30) - 1', %IsSmi(-1073741825));
console.log('2**31 - 1', %IsSmi(2147483647));
console.log('2**31', %IsSmi(2147483648));
console.log('-(2**31)', %IsSmi(-2147483648));
console.log('-(2**31) - 1', %IsSmi(-2147483649));
console.log('1.5', %IsSmi(1.5));
console.log('NaN', %IsSmi(NaN));
console.log('3 / 1', %IsSmi(3 / 1));
console.log('"1"', %IsSmi('1'), 'true', %IsSmi(true), '1n', %IsSmi(1n));
const smis = [1, 2, 3];
const doubles = [1, 2, 3.5];
console.log('1 from [1,2,3]:', %IsSmi(smis[0]), '1 from [1,2,3.5]:', %IsSmi(doubles[0]));
