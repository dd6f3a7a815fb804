// Seed: 000_860eda3423e62455.txt, 异步编程 §3 异步编程解决方案 / 事件发布/订阅模式 (emitter.on('event1') / emitter.emit).
// Added: the emitter from require('events'); emit is a plain synchronous call, so the listener
// runs before the next statement, and before nextTick, promise and immediate callbacks.
var EventEmitter = require('events');
var emitter = new EventEmitter();
setImmediate(function () { console.log('immediate'); emitter.emit('event1', 'from setImmediate'); });
Promise.resolve().then(function () { console.log('promise'); emitter.emit('event1', 'from a promise'); });
process.nextTick(function () { console.log('nextTick'); });
// 订阅
emitter.on('event1',function(message){
    console.log(message);
});
//发布
emitter.emit('event1','I am message!');
console.log('after emit');
