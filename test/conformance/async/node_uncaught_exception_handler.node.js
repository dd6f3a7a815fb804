// process.on('uncaughtException') keeps the process alive after throws in callbacks.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, 'origin:', origin);
});
process.nextTick(() => {
  throw new Error('from nextTick');
});
setTimeout(() => {
  setImmediate(() => {
    setTimeout(() => console.log('the loop goes on'), 0);
    throw new Error('from immediate');
  });
  throw new Error('from timer');
}, 0);
