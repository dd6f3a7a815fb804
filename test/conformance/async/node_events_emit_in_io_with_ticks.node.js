// An emitter fired from an I/O callback: listeners run synchronously, their nextTicks after
// the callback, then promises, then the immediate.
const fs = require('fs');
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('data', (d) => {
  console.log('listener 1', d);
  process.nextTick(() => console.log('tick from listener 1'));
});
bus.on('data', (d) => {
  console.log('listener 2', d);
  Promise.resolve().then(() => console.log('promise from listener 2'));
});
fs.stat(__filename, () => {
  setImmediate(() => console.log('immediate'));
  bus.emit('data', 'from stat');
  console.log('after emit');
});
