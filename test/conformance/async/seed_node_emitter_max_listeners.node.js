// Seed: 000_860eda3423e62455.txt, 异步编程 §3 事件发布/订阅模式 (more than 10 listeners → a warning; setMaxListeners(0) removes the limit).
// Added: the warning is emitted asynchronously (process.nextTick); Node's own printer writes the
// process id, so it is replaced by a listener that prints the warning's name and message.
process.removeAllListeners('warning');
process.on('warning', function (w) {
    console.log('warning:', w.name, '-', w.message);
});
var EventEmitter = require('events');
var emitter = new EventEmitter();
for (var i = 0; i < 11; i++) {
    emitter.on('event1', function () {});
}
console.log('11 listeners added, count', emitter.listenerCount('event1'));
var quiet = new EventEmitter();
quiet.setMaxListeners(0);
for (var j = 0; j < 20; j++) {
    quiet.on('event1', function () {});
}
console.log('20 listeners after setMaxListeners(0), count', quiet.listenerCount('event1'));
process.nextTick(function () { console.log('nextTick queued after the warning'); });
