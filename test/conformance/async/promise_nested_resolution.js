// A promise resolved with a promise resolved with a promise: each level of adoption costs ticks.
let chain = Promise.resolve();
for (let i = 1; i <= 8; i++) {
  const n = i;
  chain = chain.then(() => console.log('tick', n));
}
const inner = Promise.resolve('inner');
const middle = new Promise((r) => r(inner));
const outer = new Promise((r) => r(middle));
outer.then((v) => console.log('outer settled with', v));
