// Seed: 002_c52e49598bf4ced6.txt, 四. 事件循环和垃圾回收 §4.2.1 主线程 调用栈 消息队列 (function foo() { setTimeout(foo, 0); } foo(); — no stack overflow).
// Added: the notes' loop never ends; a counter stops it after 5 rounds and each round prints how
// many frames are on the stack (the same every time: each call starts a new task on an empty stack).
var rounds = 0;
function foo() {
  // Added:
  rounds++;
  console.log('round', rounds, 'stack frames', new Error().stack.split('\n').length - 1);
  if (rounds === 5) return;
  setTimeout(foo, 0);
}
foo();
