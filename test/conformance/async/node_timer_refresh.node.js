// timeout.refresh() restarts the timer with the same delay and callback.
let fired = 0;
const start = Date.now();
const t = setTimeout(() => {
  fired++;
  console.log('fired', fired, 'elapsed >= 85:', Date.now() - start >= 85);
}, 60);
setTimeout(() => {
  console.log('refreshing at about 30 ms');
  t.refresh();
}, 30);
