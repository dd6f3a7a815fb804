// break out of for await: the generator's finally runs (through return()) before the loop's
// code continues; a timer started inside still fires afterwards.
async function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('generator finally');
    setTimeout(() => console.log('timer from finally'), 0);
  }
}
(async () => {
  for await (const v of gen()) {
    console.log('got', v);
    break;
  }
  console.log('after loop');
})();
Promise.resolve().then(() => console.log('microtask'));
