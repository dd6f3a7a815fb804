// Node does not clamp nested timers to 4 ms: 10 nested 0 ms timers (1 ms each) finish before a
// 200 ms timer created alongside the first.
let level = 0;
function next() {
  level++;
  if (level < 10) setTimeout(next, 0);
  else console.log('ten nested timers done');
}
setTimeout(next, 0);
setTimeout(() => console.log('200 ms timer'), 200);
