// A rejection handled after it was reported fires 'rejectionHandled'.
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const p = Promise.reject('late');
setTimeout(() => {
  p.catch(() => console.log('caught late'));
}, 20);
