// setInterval runs until cleared; clearing inside the callback stops it at once.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval run', n);
  if (n === 3) {
    clearInterval(id);
    console.log('cleared');
    setTimeout(() => console.log('50 ms after clearing, runs:', n), 50);
  }
}, 10);
