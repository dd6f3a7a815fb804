// A 1 ms interval runs at 4 ms once its nesting level passes the threshold: a 1 ms timeout
// created by the interval's 8th run still comes before the interval's 9th run.
let runs = 0;
const id = setInterval(() => {
  runs++;
  if (runs === 8) setTimeout(() => console.log('timeout created by run 8'), 1);
  if (runs >= 8) console.log('interval run', runs);
  if (runs === 9) clearInterval(id);
}, 1);
