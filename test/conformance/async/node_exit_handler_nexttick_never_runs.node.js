// After 'exit' no loop runs: timers and nextTicks scheduled there are dropped, but V8's
// microtask queue still drains once the handler returns.
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('never: nextTick'));
  Promise.resolve().then(() => console.log('promise from exit handler'));
  setTimeout(() => console.log('never: timer'), 0);
});
setTimeout(() => console.log('last timer'), 0);
