// A global read in a hot function stays right while the global changes under it: a new value,
// delete and re-add, other globals deleted, redefinition as an accessor and back, and removal
// (EngineScope caches each LdaGlobal site's dictionary entry as V8 caches its PropertyCell).
globalThis.g = 1;
function read() { return g; }
function readTypeof() { return typeof g; }
const seen = [];
for (let i = 0; i < 30; i++) {
  if (i === 10) g = 2;
  if (i === 12) { delete globalThis.g; globalThis.g = 3; }
  if (i === 15) { globalThis.other = 0; delete globalThis.other; }
  if (i === 18) Object.defineProperty(globalThis, 'g', { get() { return 'getter' }, configurable: true });
  if (i === 22) Object.defineProperty(globalThis, 'g', { value: 'data', writable: true, configurable: true });
  if (i === 25) delete globalThis.g;
  try { seen.push(read()) } catch (e) { seen.push(e.constructor.name) }
  seen.push(readTypeof());
}
console.log(seen.join(','));
