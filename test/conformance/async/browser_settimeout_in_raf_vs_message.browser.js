// Inside a rAF: a message posted and a 0 ms timer; microtasks run before both.
requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => console.log('message');
  setTimeout(() => console.log('timeout'), 0);
  ch.port2.postMessage(0);
  Promise.resolve().then(() => console.log('microtask'));
});
