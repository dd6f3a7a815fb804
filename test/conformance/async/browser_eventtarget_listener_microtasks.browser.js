// dispatchEvent from script runs all listeners synchronously; their microtasks run afterwards.
const t = new EventTarget();
t.addEventListener('go', () => {
  console.log('listener 1');
  Promise.resolve().then(() => console.log('microtask from 1'));
});
t.addEventListener('go', () => {
  console.log('listener 2');
  queueMicrotask(() => console.log('microtask from 2'));
}, { once: true });
t.dispatchEvent(new Event('go'));
console.log('after first dispatch');
setTimeout(() => {
  t.dispatchEvent(new Event('go'));
  console.log('after second dispatch (once listener gone)');
}, 0);
