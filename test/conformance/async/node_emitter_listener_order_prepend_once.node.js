// prependListener, once and removal while emitting; emit is synchronous in every callback kind.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('on 1'));
e.once('x', () => console.log('once'));
e.prependListener('x', () => console.log('prepended'));
e.prependOnceListener('x', () => console.log('prepended once'));
setImmediate(() => {
  console.log('emit 1:', e.emit('x'));
  Promise.resolve().then(() => {
    console.log('emit 2:', e.emit('x'));
    console.log('count', e.listenerCount('x'), e.eventNames());
  });
});
