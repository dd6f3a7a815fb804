// Seed: 002_c52e49598bf4ced6.txt, §4.7.1 内存泄露 (a closure that keeps temp_object alive, and the fix).
function foo() {
  var temp_object = new Object();
  temp_object.x = 1;
  temp_object.y = 2;
  temp_object.array = new Array(200000);
  /**
   *   使用temp_object
   */
  return function () {
    console.log(temp_object.x);
  };
}
function fooFixed() {
  var temp_object = new Object();
  temp_object.x = 1;
  temp_object.y = 2;
  temp_object.array = new Array(200000);
  /**
   *   使用temp_object
   */
  let closure = temp_object.x;
  return function () {
    console.log(closure);
  };
}
// Added: both closures print 1.
foo()();
fooFixed()();
