// A hand-written Symbol.asyncIterator object with for await.
const countdown = {
  from: 3,
  [Symbol.asyncIterator]() {
    let n = this.from;
    return {
      next() {
        console.log('next called, n =', n);
        return new Promise((r) => setTimeout(() => r(n > 0 ? { value: n--, done: false } : { value: undefined, done: true }), 5));
      },
      return() {
        console.log('return called');
        return Promise.resolve({ done: true });
      },
    };
  },
};
(async () => {
  for await (const n of countdown) {
    console.log('n', n);
  }
  console.log('done');
})();
