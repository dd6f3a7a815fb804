// With an 'uncaughtException' listener the rejection of a promise goes there (origin unhandledRejection).
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, origin);
});
Promise.reject(new Error('routed to uncaughtException'));
setTimeout(() => console.log('the process keeps running'), 10);
