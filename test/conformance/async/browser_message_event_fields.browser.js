// The MessageEvent a port delivers, and the order of two channels' messages.
const ch1 = new MessageChannel();
const ch2 = new MessageChannel();
ch1.port1.onmessage = (e) => {
  console.log('ch1', e.type, e.constructor.name, JSON.stringify(e.data), e.target === ch1.port1);
};
ch2.port1.onmessage = (e) => console.log('ch2', e.data);
ch1.port2.postMessage({ a: [1, 2] });
ch2.port2.postMessage('second channel');
ch1.port2.postMessage('third');
