// Seed: 000_860eda3423e62455.txt, 第三章异步I/O §4 非I/O的异步API / setImmediate() (first example: 正常执行, nextTick, setImmediate).
process.nextTick(function(){
    console.log('nextTick延迟执行');
})
setImmediate(function(){
    console.log('setImmediate延迟执行');
})
console.log('正常执行');
