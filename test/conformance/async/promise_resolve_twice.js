// Only the first resolve/reject call settles a promise; later calls are ignored silently.
new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('third'));
}).then((v) => console.log('fulfilled with', v));
new Promise((resolve, reject) => {
  reject(new Error('rejected first'));
  resolve('ignored');
}).catch((e) => console.log('rejected with', e.message));
