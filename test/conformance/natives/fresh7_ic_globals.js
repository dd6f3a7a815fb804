// Global loads and stores from a function: a global counter on globalThis read and written
// through a bare name (LoadGlobalIC / StoreGlobalIC), a builtin global (Math), and a `typeof` of
// a global that does not exist.
// record: ic
globalThis.counter = 0;
function tick() {
  counter = counter + 1;
  return Math.max(counter, 0) + (typeof notDefinedAnywhere === 'undefined' ? 0 : 1);
}
for (let i = 0; i < 12; i++) {
  tick();
}
globalThis.counter = 'str';
tick();
console.log(counter);
