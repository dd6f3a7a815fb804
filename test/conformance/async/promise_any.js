// Promise.any fulfills with the first fulfillment; if all reject, an AggregateError.
const later = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.any([later('x', 20, true), later('y', 40), later('z', 60)]).then((v) => console.log('any:', v));
Promise.any([later('e1', 20, true), Promise.reject(new Error('e2'))]).catch((e) => {
  console.log(e.constructor.name, e.name, e.message);
  console.log('errors:', e.errors.map((x) => x.message).join(', '));
});
Promise.any([]).catch((e) => console.log('empty any:', e.constructor.name, e.errors.length));
