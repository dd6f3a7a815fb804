// The Sync twins block: their results are there on the next line, before any callback.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'es-sync-'));
const file = path.join(dir, 'f.txt');
setTimeout(() => console.log('timer after all sync work'), 0);
Promise.resolve().then(() => console.log('promise after all sync work'));
fs.writeFileSync(file, 'abc');
console.log('writeFileSync done, exists', fs.existsSync(file));
fs.appendFileSync(file, 'def');
console.log('readFileSync', fs.readFileSync(file, 'utf8'));
console.log('statSync size', fs.statSync(file).size);
console.log('readdirSync', fs.readdirSync(dir));
fs.unlinkSync(file);
try {
  fs.readFileSync(file);
} catch (e) {
  console.log('readFileSync after unlink:', e.code);
}
fs.rmdirSync(dir);
console.log('sync end');
