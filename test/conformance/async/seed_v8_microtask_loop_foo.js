// Seed: 002_c52e49598bf4ced6.txt, 四. 事件循环和垃圾回收 §4.2.3 在微任务中循环地触发新的微任务会导致页面卡死 (function foo() { return Promise.resolve().then(foo); }).
// Added: the notes' loop never ends and starves every task; here it stops after 5 microtasks, and
// a timer created before the loop only runs after the microtask queue is empty.
var runs = 0;
setTimeout(() => console.log('timer created before foo(): runs after', runs, 'microtasks'), 0);
function foo() {
  // Added:
  runs++;
  console.log('microtask', runs);
  if (runs === 5) return;
  return Promise.resolve().then(foo);
}
foo();
