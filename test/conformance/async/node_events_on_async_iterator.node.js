// events.on turns emissions into an async iterator.
const EventEmitter = require('events');
const e = new EventEmitter();
(async () => {
  for await (const [v] of EventEmitter.on(e, 'data')) {
    console.log('data', v);
    if (v === 3) break;
  }
  console.log('iterator closed, listeners left:', e.listenerCount('data'));
})();
setTimeout(() => {
  e.emit('data', 1);
  e.emit('data', 2);
  e.emit('data', 3);
}, 5);
