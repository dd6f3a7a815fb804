// Promise.any: the first fulfillment wins; all rejected gives an AggregateError in input order.
Promise.any([Promise.reject(1), new Promise((r) => setTimeout(r, 20, 'slow')), Promise.resolve('fast')])
  .then((v) => console.log('any:', v));
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]).catch((e) => {
  console.log(e.constructor.name, e.message);
  console.log('errors:', e.errors.map((x) => x.message).join(','));
});
Promise.any([]).catch((e) => console.log('empty:', e.constructor.name, e.errors.length));
