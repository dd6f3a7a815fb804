// Nested timers: from nesting level 5 on, browsers raise delays below 4 ms to 4 ms. At each
// level a 3 ms timer is created before a 0 ms one; which fires first tells whether the clamp
// applied (printed at the end, in level order). Browser only: in Node the 1 ms and 3 ms
// timers of one level are too close to be ordered reliably.
const results = [];
let level = 0;
function nest() {
  level++;
  const here = level;
  let first = null;
  setTimeout(() => { if (!first) first = '3ms'; }, 3);
  setTimeout(() => { if (!first) first = '0ms'; results[here] = first; }, 0);
  if (level < 8) setTimeout(nest, 0);
}
setTimeout(nest, 0);
setTimeout(() => {
  for (let i = 1; i <= 8; i++) console.log('level', i, 'first:', results[i] || '3ms');
}, 200);
