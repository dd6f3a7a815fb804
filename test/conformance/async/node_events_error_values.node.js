// emit('error') without a listener throws the error itself, or an ERR_UNHANDLED_ERROR for non-errors.
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', new TypeError('typed'));
} catch (err) {
  console.log(err.name, err.message);
}
try {
  e.emit('error', 'just a string');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  e.emit('error');
} catch (err) {
  console.log(err.code, err.message);
}
e.on(EventEmitter.errorMonitor, (err) => console.log('errorMonitor saw', err.message));
e.on('error', (err) => console.log('listener handled', err.message));
e.emit('error', new Error('with listener'));
