// A Sync call that throws is caught synchronously; the async twin reports the same error later.
const fs = require('fs');
const path = require('path');
const missing = path.join(__dirname, 'missing-dir', 'file.txt');
try {
  fs.writeFileSync(missing, 'x');
} catch (e) {
  console.log('writeFileSync threw', e.code, e.syscall);
}
fs.writeFile(missing, 'x', (err) => {
  console.log('writeFile callback', err.code, err.syscall);
  fs.mkdir(path.join(__dirname, 'missing-dir', 'a', 'b'), (err) => {
    console.log('mkdir without recursive', err.code);
  });
});
console.log('sync end');
