// timers/promises with an AbortSignal rejects with an AbortError.
const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
sleep(50, 'late', { signal: ac.signal })
  .then((v) => console.log('never', v))
  .catch((e) => console.log(e.name, e.code, e.message));
setTimeout(() => ac.abort(), 5);
sleep(10, 'x', { signal: AbortSignal.abort('already') }).catch((e) => console.log('pre-aborted:', e.name, e.cause));
