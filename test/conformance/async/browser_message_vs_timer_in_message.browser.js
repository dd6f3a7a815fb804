// Inside a message handler a new message and a 0 ms timer: Chromium runs the message first
// (the timer is a delayed task).
const { port1, port2 } = new MessageChannel();
let n = 0;
port1.onmessage = (e) => {
  console.log('message', e.data);
  if (e.data === 'first') {
    setTimeout(() => console.log('timer from handler'), 0);
    port2.postMessage('second');
  }
};
port2.postMessage('first');
