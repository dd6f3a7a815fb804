// Not recorded: how an interval interleaves with independent timeouts depends on its drift (each run is
// rescheduled from when the previous one ran), which a loaded machine changes.
// An interval (20 ms) and timeouts at 50 and 90 ms interleave by due time.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 5) clearInterval(id);
}, 20);
setTimeout(() => console.log('timeout 50'), 50);
setTimeout(() => console.log('timeout 90'), 90);
