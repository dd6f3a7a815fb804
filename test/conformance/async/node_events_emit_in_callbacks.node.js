// Emitting from nextTicks, promises, immediates and timers: the listener runs inside each of them.
// (Everything starts inside an I/O callback, where the immediate comes before the timer.)
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('msg', (from) => console.log('listener:', from));
require('fs').stat(__filename, () => {
  setTimeout(() => bus.emit('msg', 'timeout'), 0);
  setImmediate(() => bus.emit('msg', 'immediate'));
  process.nextTick(() => bus.emit('msg', 'nextTick'));
  Promise.resolve().then(() => bus.emit('msg', 'promise'));
  bus.emit('msg', 'I/O callback');
});
bus.emit('msg', 'sync');
