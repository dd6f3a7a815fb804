// How V8 names timer and immediate callbacks in stack traces: Node calls timer._onTimeout() and
// immediate._onImmediate(), so the frames are Timeout._onTimeout, Timeout.name [as _onTimeout], …
function frameOf(err) {
  return err.stack.split('\n')[1].trim().replace(/ \(.*\)$/, '');
}
setTimeout(() => console.log('arrow timeout:', frameOf(new Error())), 0);
setTimeout(function named() { console.log('named timeout:', frameOf(new Error())); }, 0);
setTimeout(function () { console.log('anonymous timeout:', frameOf(new Error())); }, 0);
setTimeout(() => {
  setImmediate(function imm() { console.log('named immediate:', frameOf(new Error())); });
  process.nextTick(() => console.log('nextTick:', frameOf(new Error())));
  Promise.resolve().then(function then() { console.log('then:', frameOf(new Error())); });
}, 20);
