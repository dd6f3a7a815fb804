// postMessage clones the data: later changes to the original are not seen; functions cannot be sent.
const ch = new MessageChannel();
const obj = { list: [1, 2], when: new Date(0), map: new Map([['k', 'v']]) };
ch.port1.onmessage = (e) => {
  console.log(e.data.list.join(','), e.data.when.getTime(), e.data.map.get('k'), e.data === obj);
};
ch.port2.postMessage(obj);
obj.list.push(3);
try {
  ch.port2.postMessage({ f() {} });
} catch (e) {
  console.log(e.name);
}
