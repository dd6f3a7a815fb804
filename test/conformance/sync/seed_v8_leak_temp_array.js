// Seed: 002_c52e49598bf4ced6.txt, §4.7.1 内存泄露 (an undeclared assignment creates a global).
function foo() {
  // 创建一个临时的 temp_array
  temp_array = new Array(200000);
  // 等同 this.temp_array = new Array(200000);
  /**
   * 使用temp_array
   */
}
// Added: call it and show the leaked global.
foo();
console.log(typeof temp_array, temp_array.length, globalThis.temp_array === temp_array);
