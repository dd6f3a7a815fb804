// Top-level this captured by arrows inside async callbacks: window in a classic script,
// module.exports ({}) in a Node CommonJS module.
const topThis = this;
setTimeout(() => {
  console.log('arrow in timer: this === topThis', this === topThis, 'this === globalThis', this === globalThis);
}, 0);
Promise.resolve().then(() => {
  console.log('arrow in then: this === globalThis', this === globalThis, typeof this);
});
(async () => {
  await null;
  console.log('async arrow after await: this === globalThis', this === globalThis);
})();
Promise.resolve().then(function () {
  console.log('sloppy function in then: this === globalThis', this === globalThis);
});
