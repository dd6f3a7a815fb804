// once listeners run a single time; events.once returns a promise for the next emission.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('ping', (n) => console.log('once got', n));
e.on('ping', (n) => console.log('on got', n));
e.emit('ping', 1);
e.emit('ping', 2);
EventEmitter.once(e, 'ready').then((args) => console.log('events.once resolved with', args));
setTimeout(() => e.emit('ready', 'a', 'b'), 5);
console.log('listeners for ready:', e.listenerCount('ready'));
