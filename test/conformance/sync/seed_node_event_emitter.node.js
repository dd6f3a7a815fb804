// Seed: 000_860eda3423e62455.txt, 异步编程 §3 事件发布/订阅模式 (emitter.on / emitter.emit is synchronous).
var EventEmitter = require('events');
var emitter = new EventEmitter();
// 订阅
emitter.on('event1',function(message){
    console.log(message);
});
//发布
emitter.emit('event1','I am message!');
// Added: listeners run synchronously, in order, inside emit.
emitter.on('event1', function (message) {
    console.log('second listener', message.length);
});
console.log('before emit');
console.log(emitter.emit('event1', 'again'), emitter.emit('nobody-listens'));
console.log('after emit', emitter.listenerCount('event1'));
try {
    emitter.emit('error', new Error('unhandled error event'));
} catch (e) {
    console.log('emit("error") without a listener throws:', e.message);
}
