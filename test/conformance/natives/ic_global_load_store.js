// record: ic
// LoadGlobalIC and StoreGlobalIC: reading and writing properties of the global object from a
// function (globals declared with globalThis, since the module's own top-level declarations
// are locals of the CommonJS wrapper).
globalThis.counter = 0;
globalThis.step = 2;
function tick() {
  counter = counter + step;
  return Math.max(counter, 0);
}
for (let i = 0; i < 200; i++) tick();
console.log(counter);
