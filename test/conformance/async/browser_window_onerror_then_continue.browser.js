// An uncaught exception in a timer reaches window.onerror; the loop goes on.
window.onerror = (msg, src, line, col, err) => {
  console.log('onerror:', msg, err instanceof Error);
  return true;
};
setTimeout(() => {
  Promise.resolve().then(() => console.log('microtask before the throw ran'));
  throw new Error('boom');
}, 0);
setTimeout(() => console.log('next timer runs'), 0);
