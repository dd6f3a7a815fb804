// Seed: 002_c52e49598bf4ced6.txt, 四. 事件循环和垃圾回收 §4.2.2 微任务解决了宏任务执行时机不可控的问题 (foo, bar, global, micro-foo … macro-global).
function bar() {
  console.log('bar');
  Promise.resolve().then((str) => console.log('micro-bar'));
  setTimeout((str) => console.log('macro-bar'), 0);
}

function foo() {
  console.log('foo');
  Promise.resolve().then((str) => console.log('micro-foo'));
  setTimeout((str) => console.log('macro-foo'), 0);

  bar();
}
foo();
console.log('global');
Promise.resolve().then((str) => console.log('micro-global'));
setTimeout((str) => console.log('macro-global'), 0);
