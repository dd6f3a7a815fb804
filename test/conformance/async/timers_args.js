// Extra arguments of setTimeout/setInterval are passed to the callback.
setTimeout((a, b, c) => console.log('timeout args', a, b, c), 0, 'x', 2, [3]);
const id = setInterval((label) => {
  console.log('interval arg', label);
  clearInterval(id);
}, 0, 'once');
setTimeout(function () {
  console.log('arguments.length', arguments.length);
}, 0);
