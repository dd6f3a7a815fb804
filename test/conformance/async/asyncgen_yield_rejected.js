// yield of a rejected promise inside an async generator throws at the yield.
async function* gen() {
  try {
    yield Promise.reject(new Error('rejected yield'));
  } catch (e) {
    console.log('inside generator:', e.message);
    yield 'recovered';
  }
}
(async () => {
  for await (const v of gen()) {
    console.log('consumer got', v);
  }
})();
