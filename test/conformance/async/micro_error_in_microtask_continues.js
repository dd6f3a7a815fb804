// A rejected reaction does not stop other microtasks; the rejection is handled by a later catch.
Promise.resolve()
  .then(() => { throw new Error('in then'); })
  .then(() => console.log('never'))
  .catch((e) => console.log('caught', e.message));
Promise.resolve().then(() => console.log('other microtask'));
queueMicrotask(() => console.log('queued microtask'));
