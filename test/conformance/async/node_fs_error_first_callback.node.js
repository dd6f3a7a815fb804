// Errors arrive as the first callback argument; the message holds the path, so only code and syscall are printed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const missing = path.join(os.tmpdir(), 'es-missing-' + process.pid, 'nothing.txt');
fs.readFile(missing, (err, data) => {
  console.log('readFile:', err.code, err.syscall, err.errno < 0, data);
  fs.stat(missing, (err, st) => {
    console.log('stat:', err.code, err.syscall, st);
    fs.promises.readFile(missing).catch((err) => console.log('promises.readFile:', err.code, err instanceof Error));
  });
});
