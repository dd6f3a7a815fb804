// Huge and negative delays: Node turns anything outside 1..2^31-1 into 1 ms (with a warning);
// a browser converts the delay to a 32-bit integer first, so 2^32 + 40 waits 40 ms.
if (typeof process !== 'undefined') {
  process.removeAllListeners('warning');
  process.on('warning', (w) => console.log('warning:', w.name));
}
setTimeout(() => console.log('2^32 + 40'), 2 ** 32 + 40);
setTimeout(() => console.log('-(2^32) + 80'), -(2 ** 32) + 80);
setTimeout(() => console.log('-5'), -5);
setTimeout(() => console.log('2^33 + 120'), 2 ** 33 + 120);
setTimeout(() => console.log('200 ms'), 200);
