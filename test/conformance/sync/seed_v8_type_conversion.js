// Seed: 002_c52e49598bf4ced6.txt, §2.6 类型转换 and §2.6.2 v8 执行加法操作 (1 + '2' and ToPrimitive).
console.log(1 + '2');
console.log(Number(1).toString() + '2');
var counter = 100; // 赋值整型变量
let miles = 1000.0; // 浮点型
const name = 'John'; // 字符串
console.log(counter, miles, name, typeof counter, typeof miles, typeof name);
// Added: the ToPrimitive steps the notes describe — valueOf first, then toString, else TypeError.
const withValueOf = { valueOf() { return 100; }, toString() { return 'str'; } };
const withToString = { valueOf() { return {}; }, toString() { return '7'; } };
const neither = { valueOf() { return {}; }, toString() { return {}; } };
console.log(withValueOf + 1, withToString + 1, withToString * 2);
try {
  neither + 1;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
