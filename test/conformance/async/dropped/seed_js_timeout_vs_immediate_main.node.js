// Seed: 003_0e30785ba16da02a.txt, The Event Loop / Node.js 中的 Event Loop / 注意点 / setTimeout 和 setImmediate ("setTimeout 可能执行在前，也可能执行在后").
// Not recorded: from the main module the order depends on whether 1 ms has passed when the loop
// first reaches the timers phase (see ../README.md).
setTimeout(function timeout () {
  console.log('timeout');
},0);
setImmediate(function immediate () {
  console.log('immediate');
});
