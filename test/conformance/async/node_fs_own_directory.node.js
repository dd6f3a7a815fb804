// A file next to the program (in its own directory): write, read, stat, remove; paths are not printed.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, '.es-own-dir-' + process.pid + '.tmp');
fs.writeFile(file, 'next to the program', (err) => {
  if (err) throw err;
  console.log('written next to', path.basename(__filename));
  fs.readFile(file, 'utf8', (err, text) => {
    console.log('read:', text);
    fs.unlink(file, () => console.log('removed:', !fs.existsSync(file)));
  });
});
