// events.once returns a promise for the arguments of the next emit; it resolves in a microtask.
const { EventEmitter, once } = require('events');
const e = new EventEmitter();
once(e, 'ready').then((args) => console.log('once resolved with', args));
process.nextTick(() => {
  console.log('emitting');
  e.emit('ready', 1, 'two');
  console.log('emitted, listeners left:', e.listenerCount('ready'));
});
Promise.resolve().then(() => console.log('unrelated promise'));
