// Values flow along a chain; each then gets the previous return value.
Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => v * 10)
  .then((v) => new Promise((r) => setTimeout(() => r(v + 5), 10)))
  .then((v) => {
    console.log('result', v);
    return undefined;
  })
  .then((v) => console.log('after returning nothing', v));
