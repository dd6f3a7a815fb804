window.a = Object();
window.a.b = Object();
window.a.b.c = Object();
// A large array (72 KB) takes old space past its limit: incremental marking starts.
var big = new Array(9000).fill(0);
// The program keeps allocating; marking advances a small step every 1 KB.
for (let i = 0; i < 34; i++) {
  let tmp = { i: i };
}
window.a.b = Object(); // d
console.log(typeof window.a.b.c);
