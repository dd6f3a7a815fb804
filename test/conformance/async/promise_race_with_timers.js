// Promise.race settles with the first settled input; later settlements are ignored.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej : res)(v), ms));
Promise.race([delay(40, 'slow'), delay(20, 'fast')]).then((v) => console.log('race 1:', v));
Promise.race([delay(20, 'fails first', true), delay(40, 'ok')]).then(
  (v) => console.log('never', v),
  (e) => console.log('race 2 rejected:', e),
);
Promise.race([3, delay(20, 'timer')]).then((v) => console.log('race 3:', v));
console.log('sync');
