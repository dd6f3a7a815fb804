// new Promise(r => r(p)) adopts p through a NewPromiseResolveThenableJob: two extra ticks.
const p = Promise.resolve('p');
let chain = Promise.resolve();
for (let i = 1; i <= 5; i++) {
  const n = i;
  chain = chain.then(() => console.log('tick', n));
}
p.then(() => console.log('p.then: tick 1'));
new Promise((r) => r(p)).then(() => console.log('new Promise(r => r(p)).then: tick 3'));
Promise.resolve(p).then(() => console.log('Promise.resolve(p).then: tick 1'));
console.log('Promise.resolve(p) === p', Promise.resolve(p) === p);
console.log('new Promise(r => r(p)) === p', new Promise((r) => r(p)) === p);
