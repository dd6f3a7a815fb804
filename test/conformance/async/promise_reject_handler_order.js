// Rejection reactions run in registration order, interleaved with fulfillment reactions of other promises.
const bad = Promise.reject(new Error('bad'));
const good = Promise.resolve('good');
bad.catch((e) => console.log('catch 1', e.message));
good.then((v) => console.log('then 1', v));
bad.then(null, (e) => console.log('catch 2', e.message));
good.then((v) => console.log('then 2', v));
bad.finally(() => console.log('finally on bad')).catch(() => console.log('finally chain caught'));
