// await thenable: thenable.then runs in a microtask (tick 1), the continuation at tick 2.
let chain = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  const n = i;
  chain = chain.then(() => console.log('tick', n));
}
const thenable = {
  then(resolve) {
    console.log('thenable.then');
    resolve('thenable value');
  },
};
(async () => {
  const v = await thenable;
  console.log('after await thenable:', v);
})();
console.log('sync end');
