// mkdir (recursive), writeFile, readdir and rm in the temp directory, each in the previous callback.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = path.join(os.tmpdir(), 'es-dir-' + process.pid);
fs.mkdir(path.join(dir, 'sub', 'deep'), { recursive: true }, (err) => {
  console.log('mkdir', err);
  fs.writeFile(path.join(dir, 'b.txt'), 'b', () => {
    fs.writeFile(path.join(dir, 'a.txt'), 'a', () => {
      fs.readdir(dir, (err, names) => {
        console.log('readdir', names.sort().join(','));
        fs.rm(dir, { recursive: true }, (err) => console.log('rm', err, fs.existsSync(dir)));
      });
    });
  });
});
