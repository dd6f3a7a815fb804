// A rejected promise with a handler added in the same task is fine; the timer runs on both hosts.
const p = Promise.reject(new Error('handled synchronously'));
p.catch((e) => console.log('caught', e.message));
setTimeout(() => console.log('timer runs'), 0);
