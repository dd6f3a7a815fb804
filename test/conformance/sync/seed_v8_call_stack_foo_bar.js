// Seed: 002_c52e49598bf4ced6.txt, §4.2.1 主线程 调用栈 消息队列 (foo(bar) pushes and pops two frames).
function bar() {}
function foo(fun) {
  fun();
}
foo(bar);
// Added: make the calls visible.
function bar2() {
  console.log('bar runs inside foo');
}
function foo2(fun) {
  console.log('foo starts');
  fun();
  console.log('foo ends');
}
foo2(bar2);
