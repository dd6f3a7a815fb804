// Awaiting timers one after another: each await resumes in the timer's checkpoint.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  console.log('start');
  await sleep(20);
  console.log('after 20');
  queueMicrotask(() => console.log('microtask after 20'));
  await sleep(0);
  console.log('after 0');
})();
setTimeout(() => console.log('independent 60'), 60);
