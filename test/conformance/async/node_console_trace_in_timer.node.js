// console.trace inside a timer prints Node's own timer frames under the callback.
setTimeout(function tick() {
  console.trace('in timer');
}, 0);
