// Seed: 000_860eda3423e62455.txt, 第一章Node简介 §1 Node的特点 / 异步IO (fs.readFile('/path', …) then 发起读取文件).
var fs = require('fs'); 
fs.readFile('/path', function (err, file) { 
 console.log('读取文件完成') 
 // Added: '/path' does not exist, so the callback gets an error instead of the file.
 console.log(err.code, file);
}); 
console.log('发起读取文件')
