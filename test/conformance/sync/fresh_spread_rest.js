function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(), sum(1), sum(...[1, 2, 3], 4, ...new Set([5, 5, 6])));
function info(first, ...rest) { return `${first} + ${rest.length} more: ${rest}`; }
console.log(info('a', 'b', 'c'), info.length, sum.length, ((a, b = 2, c) => 0).length);
const base = { a: 1, b: 2 };
const ext = { ...base, b: 3, c: 4, ...{ d: 5 }, ...null, ...undefined, ...'hi', ...[9] };
console.log(ext);
const { a, ...others } = ext;
console.log(a, others);
const arr = [...'abc', ...[1, 2], ...new Map([[1, 'x']])];
console.log(arr);
console.log(Math.max(...[3, 7, 2]), [...Array(3).keys()], [...[, 1]]);
const obj = { get g() { console.log('getter ran'); return 'G'; } };
const copy = { ...obj };
console.log(Object.getOwnPropertyDescriptor(copy, 'g'));
function args() { return [arguments.length, [...arguments], Array.prototype.slice.call(arguments, 1)]; }
console.log(args(1, 'two', [3]));
try { [...{}]; } catch (e) { console.log(e.constructor.name, e.message); }
try { Math.max(...5); } catch (e) { console.log(e.message); }
