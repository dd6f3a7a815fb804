// Seed: 000_860eda3423e62455.txt, 异步编程 §3 事件发布/订阅模式 (error 事件: with a listener it is handled, without one it is thrown and the process exits).
// Added: the whole program illustrates the rule the notes describe in prose.
var EventEmitter = require('events');
var handled = new EventEmitter();
handled.on('error', function (err) {
    console.log('error listener got:', err.message);
});
handled.emit('error', new Error('handled by a listener'));
var unhandled = new EventEmitter();
setTimeout(function () {
    console.log('timer: emitting error without a listener');
    var e = new Error('nobody listens');
    e.stack = 'Error: nobody listens\n    at <fixed stack>';
    unhandled.emit('error', e);
    console.log('not reached');
}, 0);
setTimeout(function () {
    console.log('second timer: not reached, the process has exited');
}, 0);
console.log('sync end');
