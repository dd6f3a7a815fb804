// At nesting level > 5 Chromium raises 0–3 ms delays to 4 ms, so a 3 ms and a 0 ms timer
// created in that order fire in creation order; below the threshold the 0 ms timer is first.
let level = 0;
function nest() {
  level++;
  if (level === 2 || level === 8) {
    const at = level;
    setTimeout(() => console.log('level', at, '3 ms timer'), 3);
    setTimeout(() => console.log('level', at, '0 ms timer'), 0);
  }
  if (level < 8) setTimeout(nest, 0);
}
setTimeout(nest, 0);
