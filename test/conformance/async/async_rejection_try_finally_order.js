// try/catch/finally around awaits: the order of catch, finally and the caller's continuation.
async function inner() {
  try {
    await Promise.reject(new Error('inner'));
  } catch (e) {
    console.log('inner catch', e.message);
    await null;
    throw new Error('rethrown');
  } finally {
    console.log('inner finally');
  }
}
async function outer() {
  try {
    await inner();
  } catch (e) {
    console.log('outer catch', e.message);
  }
  return 'outer done';
}
outer().then(console.log);
Promise.resolve().then(() => console.log('other 1')).then(() => console.log('other 2'));
