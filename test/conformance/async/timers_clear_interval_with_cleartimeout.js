// Timeouts and intervals share one id space: clearTimeout stops an interval and clearInterval a timeout.
let runs = 0;
const iv = setInterval(() => {
  runs++;
  console.log('interval', runs);
  if (runs === 2) {
    clearTimeout(iv);
    setTimeout(() => console.log('30 ms later, interval runs:', runs), 30);
  }
}, 5);
const t = setTimeout(() => console.log('timeout: never'), 10);
clearInterval(t);
