// Promise.all with plain values, a resolved promise and an empty array, against a reference chain.
Promise.all([]).then(() => console.log('all([]) resolved'));
Promise.all([1, Promise.resolve(2), 3]).then((v) => console.log('all mixed', v.join(',')));
Promise.allSettled([Promise.reject(new Error('x')), 4]).then((r) => console.log('allSettled', r.map((x) => x.status).join(',')));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
