// A 0 ms interval is clamped to 4 ms once its nesting level passes 5: ten runs take at least 16 ms.
const start = performance.now();
let runs = 0;
const id = setInterval(() => {
  runs++;
  if (runs === 10) {
    clearInterval(id);
    console.log('ten runs, at least 16 ms:', performance.now() - start >= 16);
  }
}, 0);
