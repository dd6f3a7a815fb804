// Ten nested 0 ms timers and a 10 ms timer: the clamp (4 ms from nesting level 5) makes the
// 10 ms timer fire in the middle of the chain.
let depth = 0;
function step() {
  depth++;
  if (depth < 10) setTimeout(step, 0);
  else console.log('chain finished');
}
setTimeout(step, 0);
setTimeout(() => console.log('10 ms timer: chain not finished yet:', depth < 10), 10);
