// The same two listeners dispatched from a timer task: still no checkpoint between them,
// the microtasks run after the timer callback returns.
const button = document.createElement('button');
button.addEventListener('click', () => {
  console.log('listener 1');
  queueMicrotask(() => console.log('microtask 1'));
});
button.addEventListener('click', () => {
  console.log('listener 2');
  queueMicrotask(() => console.log('microtask 2'));
});
setTimeout(() => {
  button.dispatchEvent(new Event('click'));
  console.log('after dispatchEvent');
}, 0);
