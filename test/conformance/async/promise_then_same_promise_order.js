// Several then() on the same promise run in registration order, each in its own microtask.
const p = Promise.resolve(1);
p.then((v) => console.log('first', v));
p.then((v) => console.log('second', v));
p.then((v) => {
  console.log('third', v);
  p.then((w) => console.log('registered late, runs after the rest', w));
});
p.then((v) => console.log('fourth', v));
