// Seed: 002_c52e49598bf4ced6.txt, 四 §4.6 Node 中的 readFile API 工作机制 (readFileSync('test.js') on the main thread, readFile('test.txt', fileHandler) through the thread pool).
// Added: the notes read test.js and test.txt from the current directory; this program first
// creates both in a fresh temporary directory and makes it the current directory, and prints
// what the notes only describe: the sync read returns at once, the async callback runs later.
const os = require('os');
const path = require('path');
const tmp = require('fs').mkdtempSync(path.join(os.tmpdir(), 'seed-readfile-'));
require('fs').writeFileSync(path.join(tmp, 'test.js'), 'console.log("test.js");\n');
require('fs').writeFileSync(path.join(tmp, 'test.txt'), 'hello from test.txt');
process.chdir(tmp);

// 同步
var fs = require('fs');
var data = fs.readFileSync('test.js');
// Added:
console.log('readFileSync returned', data.length, 'bytes:', JSON.stringify(data.toString()));

// 异步
function fileHandler(err, data) {
  data.toString();
  // Added:
  console.log('fileHandler:', err, data.toString());
  fs.rmSync(tmp, { recursive: true });
}
fs.readFile('test.txt', fileHandler);
// Added:
console.log('readFile returned before the file was read');
process.nextTick(() => console.log('nextTick: file still being read'));
