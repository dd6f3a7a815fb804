// require('timers/promises'): setTimeout and setImmediate resolve with a value; setInterval is an async iterator.
const tp = require('timers/promises');
(async () => {
  console.log('timeout value:', await tp.setTimeout(10, 'ten'));
  console.log('immediate value:', await tp.setImmediate('now'));
  let n = 0;
  for await (const v of tp.setInterval(5, 'tick')) {
    n++;
    console.log('interval', n, v);
    if (n === 3) break;
  }
  console.log('interval loop left');
})();
console.log('sync end');
