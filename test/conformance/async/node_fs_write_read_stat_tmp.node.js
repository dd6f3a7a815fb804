// Write a file in the temp directory, stat it, read it with and without an encoding, append,
// remove it: each step in the previous one's callback.
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(os.tmpdir(), 'es-async-wrs-' + process.pid + '.txt');
fs.writeFile(file, 'hello', (err) => {
  console.log('written', err);
  fs.stat(file, (err, st) => {
    console.log('size', st.size, 'isFile', st.isFile(), 'isDirectory', st.isDirectory());
    fs.readFile(file, (err, buf) => {
      console.log('buffer?', Buffer.isBuffer(buf), buf.length, buf.toString());
      fs.appendFile(file, ' world', () => {
        fs.readFile(file, 'utf8', (err, text) => {
          console.log('text', JSON.stringify(text));
          fs.unlink(file, (err) => console.log('unlinked', err, fs.existsSync(file)));
        });
      });
    });
  });
});
