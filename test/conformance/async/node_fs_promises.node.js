// fs.promises: writeFile, readFile, stat, appendFile, unlink, in sequence with await.
const fsp = require('fs').promises;
const os = require('os');
const path = require('path');
(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'es-fsp-'));
  const file = path.join(dir, 'data.json');
  await fsp.writeFile(file, JSON.stringify({ n: 1 }));
  console.log('written');
  await fsp.appendFile(file, '\n');
  const st = await fsp.stat(file);
  console.log('size', st.size, 'isFile', st.isFile(), 'isDirectory', st.isDirectory());
  const data = JSON.parse(await fsp.readFile(file, 'utf8'));
  console.log('read back', data.n);
  console.log('readdir', (await fsp.readdir(dir)).join(','));
  await fsp.rm(dir, { recursive: true });
  try {
    await fsp.stat(file);
  } catch (e) {
    console.log('after rm:', e.code, e.syscall);
  }
})();
console.log('sync end: the first await is pending');
