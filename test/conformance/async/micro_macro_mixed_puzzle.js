// A mixed puzzle: sync, microtasks, timers created at several points.
console.log(1);
setTimeout(() => {
  console.log(2);
  Promise.resolve().then(() => console.log(3));
}, 0);
new Promise((resolve) => {
  console.log(4);
  resolve(5);
}).then((v) => {
  console.log(v);
  setTimeout(() => console.log(6), 0);
});
setTimeout(() => console.log(7), 0);
console.log(8);
