// Sync file calls inside timers block the loop but keep the order of everything queued.
const fs = require('fs');
setTimeout(() => {
  console.log('timer 1 start');
  const text = fs.readFileSync(__filename, 'utf8');
  console.log('timer 1 read sync', text.length > 0);
  process.nextTick(() => console.log('tick from timer 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2', fs.statSync(__filename).isFile());
}, 0);
