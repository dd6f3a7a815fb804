// for loops with await; forEach with an async callback does not wait.
const items = [3, 1, 2];
const delay = (v) => new Promise((r) => setTimeout(() => r(v), v * 20));
(async () => {
  for (const v of items) {
    console.log('for-of got', await delay(v));
  }
  items.forEach(async (v) => {
    console.log('forEach got', await delay(v));
  });
  console.log('forEach returned immediately');
})();
