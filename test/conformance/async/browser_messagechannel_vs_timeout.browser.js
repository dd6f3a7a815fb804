// MessageChannel messages and 0 ms timers: both are tasks; microtasks run after each.
const ch = new MessageChannel();
ch.port1.onmessage = (e) => {
  console.log('message', e.data);
  Promise.resolve().then(() => console.log('  microtask after message', e.data));
};
setTimeout(() => console.log('timeout'), 0);
ch.port2.postMessage(1);
ch.port2.postMessage(2);
Promise.resolve().then(() => console.log('microtask from the script'));
