// Seed: 000_860eda3423e62455.txt, 第三章异步I/O §4 非I/O的异步API / setImmediate() (two nextTicks, two setImmediates, 强势插入).
// Fixed: the notes write `set Immediate(` and `console.1og(`, which do not parse; the calls are
// spelled correctly here and everything else is as written (including the space in ' setImmediate延迟执行2').
//加入两个nextTick()的回调函数
process.nextTick(function () {
console.log('nextTick延迟执行1');
});
process.nextTick(function () {
console.log('nextTick延迟执行2');
});

//加入两个setImmediate()的回调函数
setImmediate(function () {
console.log('setImmediate延迟执行1' );

//进入下次循环
process.nextTick(function () {
console.log('强势插入');
});
});
setImmediate(function () {
console.log(' setImmediate延迟执行2');
});
console.log('正常执行' );
