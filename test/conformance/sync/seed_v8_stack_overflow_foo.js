// Seed: 002_c52e49598bf4ced6.txt, §4.2.1 主线程 调用栈 消息队列 (foo calls itself until the stack overflows).
// Kept uncaught, as in the notes.
function foo() {
  foo();
}
foo();
