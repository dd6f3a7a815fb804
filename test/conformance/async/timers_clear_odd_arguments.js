// clearTimeout ignores values that are not timers and timers that already ran.
const t = setTimeout(() => console.log('t ran'), 0);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout('abc');
clearTimeout({});
clearTimeout(-1);
setTimeout(() => {
  console.log('clearing t after it ran:', clearTimeout(t));
  const i = setInterval(() => console.log('never: interval cleared with clearTimeout'), 20);
  clearTimeout(i);
  console.log('done');
}, 20);
