// Seed: 003_0e30785ba16da02a.txt, The Event Loop / Node.js 中的 Event Loop / 注意点 / setTimeout 和 setImmediate ("当二者在异步 i/o callback 内部调用时，总是先执行 setImmediate").
// Added: the notes' two calls are made inside an fs callback, where the order is fixed: the check
// phase (immediates) follows the poll phase, the next timers phase comes after it. From the main
// module the order is not deterministic (async/dropped/seed_js_timeout_vs_immediate_main.node.js).
const fs = require('fs');
fs.stat(__filename, () => {
  setTimeout(function timeout () {
    console.log('timeout');
  },0);
  setImmediate(function immediate () {
    console.log('immediate');
  });
});
