// Microtasks queued from microtasks: breadth-first by queue position.
const log = (m) => console.log(m);
Promise.resolve().then(() => {
  log('A');
  Promise.resolve().then(() => {
    log('A.1');
    Promise.resolve().then(() => log('A.1.1'));
  });
  Promise.resolve().then(() => log('A.2'));
});
Promise.resolve().then(() => {
  log('B');
  Promise.resolve().then(() => log('B.1'));
});
