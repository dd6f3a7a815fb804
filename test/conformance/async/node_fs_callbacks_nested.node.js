// writeFile -> stat -> readFile -> unlink, each in the previous callback, with timers around them.
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(os.tmpdir(), 'es-nested-' + process.pid + '.txt');
fs.writeFile(file, 'hello', (err) => {
  console.log('1 writeFile', err);
  fs.stat(file, (err, st) => {
    console.log('2 stat size', st.size);
    fs.readFile(file, 'utf8', (err, text) => {
      console.log('3 readFile', text);
      fs.unlink(file, (err) => {
        console.log('4 unlink', err);
        fs.stat(file, (err) => console.log('5 stat after unlink', err.code));
      });
    });
  });
});
console.log('0 sync end');
