// Listeners run synchronously inside emit even if they are async functions; captureRejections
// routes their rejections to 'error'.
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('job', async (n) => {
  console.log('async listener starts', n);
  await null;
  console.log('async listener resumes', n);
  if (n === 2) throw new Error('listener failed');
});
e.on('error', (err) => console.log('error event:', err.message));
console.log('emit returns', e.emit('job', 1));
e.emit('job', 2);
console.log('sync end');
