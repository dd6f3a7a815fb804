// Messages on one port arrive in order; each handler is its own task.
const ch = new MessageChannel();
let received = [];
ch.port1.onmessage = (e) => {
  received.push(e.data);
  console.log('got', e.data);
  if (e.data === 'b') ch.port2.postMessage('d (posted from b)');
  queueMicrotask(() => console.log('  microtask after', e.data));
};
for (const m of ['a', 'b', 'c']) ch.port2.postMessage(m);
console.log('posted three');
