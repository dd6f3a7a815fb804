// Seed: 002_c52e49598bf4ced6.txt, §2.5 作用域链 (lexical scope: foo sees the global `type`, not bar's).
let name = '极客时间';
let type = 'global';

function foo() {
  let name = 'foo';
  console.log(`name: ${name}`);
  console.log(`type: ${type}`);
}

function bar() {
  let name = 'bar';
  let type = 'function';
  foo();
}

bar();
// name: foo
// type: global
