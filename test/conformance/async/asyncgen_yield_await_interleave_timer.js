// An async generator yielding at timer intervals, consumed by for await; each loop body's
// microtask and 0 ms timer run before the generator's next 20 ms timer.
async function* ticker() {
  for (let i = 1; i <= 3; i++) {
    await new Promise((r) => setTimeout(r, 20));
    yield i;
  }
}
(async () => {
  for await (const v of ticker()) {
    console.log('got', v);
    Promise.resolve().then(() => console.log('microtask after got', v));
    setTimeout(() => console.log('0 ms timer after got', v), 0);
  }
  console.log('loop done');
})();
