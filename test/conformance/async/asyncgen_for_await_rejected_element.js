// for await over a sync iterable stops at a rejected element; the rest are not awaited.
const items = [
  Promise.resolve('ok 1'),
  Promise.reject(new Error('bad 2')),
  Promise.resolve('ok 3'),
];
(async () => {
  try {
    for await (const v of items) {
      console.log(v);
    }
  } catch (e) {
    console.log('caught', e.message);
  }
})();
