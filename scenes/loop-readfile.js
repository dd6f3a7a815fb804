var fs = require('fs');

// 同步
var data = fs.readFileSync('test.js');
console.log('readFileSync:', data.length, 'bytes');

// 异步
function fileHandler(err, data) {
  console.log('fileHandler:', data.toString());
}
fs.readFile('test.txt', fileHandler);
console.log('readFile returned');
