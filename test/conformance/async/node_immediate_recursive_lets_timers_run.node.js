// Recursive setImmediate yields to the loop: a due timer gets its turn between iterations
// (a recursive nextTick would starve it, see node_nexttick_recursive_starves.node.js).
let timerRan = false;
let sawTimer = false;
function again() {
  if (timerRan) {
    sawTimer = true;
    console.log('an immediate saw the timer');
    return;
  }
  setImmediate(again);
}
setTimeout(() => {
  timerRan = true;
  console.log('timer');
}, 5);
setImmediate(again);
process.on('exit', () => console.log('exit; immediates stopped:', sawTimer));
