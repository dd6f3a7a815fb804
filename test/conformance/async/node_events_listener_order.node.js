// Listener order: registration order, prependListener first; removal during emit does not affect the running emit.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name) => name === 'x' && console.log('newListener x'));
const second = () => console.log('second');
e.on('x', () => {
  console.log('first removes second');
  e.removeListener('x', second);
});
e.on('x', second);
e.prependListener('x', () => console.log('prepended'));
e.emit('x');
console.log('--- emit again');
e.emit('x');
console.log(e.eventNames(), e.listenerCount('x'));
