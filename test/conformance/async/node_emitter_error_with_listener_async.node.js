// An 'error' listener takes the error; emitting 'error' without one throws synchronously, and
// the throw can be caught around emit.
const EventEmitter = require('events');
const e = new EventEmitter();
setTimeout(() => {
  try {
    e.emit('error', new Error('no listener yet'));
  } catch (err) {
    console.log('thrown from emit:', err.message);
  }
  e.on('error', (err) => console.log('listener got:', err.message));
  console.log('emit returns', e.emit('error', new Error('with listener')));
  Promise.resolve().then(() => console.log('microtask after the emits'));
}, 0);
