// Seed: 002_c52e49598bf4ced6.txt, §2.1.3 函数是一等公民 (foo returns bar, which keeps `number` alive).
function foo() {
  let number = 1;
  function bar() {
    number++;
    console.log(number);
  }
  return bar;
}
let myBar = foo();
myBar();
// Added: the captured variable keeps counting; a second foo() call has its own copy.
myBar();
foo()();
