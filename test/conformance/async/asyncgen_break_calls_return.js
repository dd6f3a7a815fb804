// Leaving for await early (break or throw) calls the generator's return().
async function* gen() {
  try {
    for (let i = 1; ; i++) {
      yield i;
    }
  } finally {
    console.log('cleanup in finally');
  }
}
(async () => {
  for await (const v of gen()) {
    console.log('v', v);
    if (v === 2) break;
  }
  console.log('after break');
  try {
    for await (const v of gen()) {
      console.log('v', v);
      throw new Error('stop');
    }
  } catch (e) {
    console.log('caught', e.message);
  }
})();
