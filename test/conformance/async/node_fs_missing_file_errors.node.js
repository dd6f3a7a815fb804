// A missing file: the callback gets an error (never a throw), the promise rejects, the Sync twin
// throws; codes and syscalls are the same.
const fs = require('fs');
const path = require('path');
const missing = path.join(__dirname, 'no-such-file-here.txt');
fs.readFile(missing, (err, data) => {
  console.log('callback:', err.code, err.syscall, err.errno, data);
  fs.promises.readFile(missing).catch((e) => {
    console.log('promise:', e.code, e.syscall, e instanceof Error);
    try {
      fs.readFileSync(missing);
    } catch (e2) {
      console.log('sync:', e2.code, e2.syscall);
    }
    fs.stat(missing, (e3) => console.log('stat:', e3.code, e3.syscall));
  });
});
console.log('scheduled');
