// Messages between two ports alternate with the microtasks each handler queues.
const { port1, port2 } = new MessageChannel();
let n = 0;
port1.onmessage = (e) => {
  console.log('port1 got', e.data);
  Promise.resolve().then(() => console.log('  microtask in port1', e.data));
  if (e.data < 3) port1.postMessage(e.data + 1);
};
port2.onmessage = (e) => {
  console.log('port2 got', e.data);
  port2.postMessage(e.data + 1);
};
port2.postMessage(0);
Promise.resolve().then(() => console.log('script microtask'));
