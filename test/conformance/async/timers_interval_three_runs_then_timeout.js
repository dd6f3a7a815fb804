// An interval that counts three runs, schedules a timeout from its last run and clears itself.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval run', n);
  Promise.resolve().then(() => console.log('microtask after run', n));
  if (n === 3) {
    clearInterval(id);
    setTimeout(() => console.log('timeout after the interval'), 0);
  }
}, 20);
