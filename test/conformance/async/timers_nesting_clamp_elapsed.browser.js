// Chromium clamps nested 0 ms timers to 4 ms from the 6th level on, so 12 levels take at least
// 6 × 4 ms.
const start = performance.now();
let level = 0;
function next() {
  level++;
  if (level < 12) {
    setTimeout(next, 0);
    return;
  }
  const total = performance.now() - start;
  console.log('levels', level);
  console.log('twelve levels at least 24 ms:', total >= 24);
}
setTimeout(next, 0);
