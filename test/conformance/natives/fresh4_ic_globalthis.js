// fresh4: global loads and stores through globalThis properties from a function
// (LoadGlobalIC/StoreGlobalIC), including a property added later and Math.
// record: ic
globalThis.counter = 0;
globalThis.step = 1;
function tick() {
  counter = counter + step;
  return Math.max(counter, 0);
}
for (let i = 0; i < 12; i++) {
  tick();
}
globalThis.step = 2.5;
for (let i = 0; i < 3; i++) {
  tick();
}
function readLate() {
  return typeof later === 'undefined' ? 'none' : later;
}
for (let i = 0; i < 11; i++) {
  readLate();
}
globalThis.later = 'now';
console.log(counter, readLate());
