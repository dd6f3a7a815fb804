// process.on('unhandledRejection') replaces the crash; 'rejectionHandled' fires when a handler comes later.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason.message, promise instanceof Promise);
});
process.on('rejectionHandled', (promise) => {
  console.log('rejectionHandled', promise === late);
});
const late = Promise.reject(new Error('late'));
Promise.reject(new Error('never handled'));
setTimeout(() => {
  console.log('timer attaches a handler');
  late.catch(() => console.log('late caught'));
}, 10);
