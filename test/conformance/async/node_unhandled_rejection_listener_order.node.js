// 'unhandledRejection' fires after the microtasks of the turn drain, before an immediate.
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection:', reason.message, p instanceof Promise);
});
setImmediate(() => console.log('immediate'));
Promise.reject(new Error('nobody catches'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
