// finally(f) costs more microtasks than then(f): it calls then on the promise f returns.
let p = Promise.resolve();
for (let i = 1; i <= 6; i++) {
  const n = i;
  p = p.then(() => console.log('tick', n));
}
Promise.resolve('x').then(() => console.log('then: after tick 1'));
Promise.resolve('x').finally(() => console.log('finally callback: tick 1'))
  .then(() => console.log('then after finally'));
Promise.resolve('x').then(() => {}).then(() => console.log('then after then'));
