// A 0 ms timeout scheduled inside each interval run fires before the next run.
let n = 0;
const iv = setInterval(() => {
  n++;
  const k = n;
  console.log('interval', k);
  setTimeout(() => {
    console.log('  timeout from interval', k);
    if (k === 3) {
      clearInterval(iv);
      console.log('interval cleared after', n, 'runs');
    }
  }, 0);
}, 50);
