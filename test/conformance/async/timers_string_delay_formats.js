// String delays go through ToNumber: hex, exponent, surrounding spaces, garbage (NaN).
if (typeof process !== 'undefined') {
  // Node prints warnings with the process id; print the warning's name instead.
  process.removeAllListeners('warning');
  process.on('warning', (w) => console.log('warning:', w.name));
}
setTimeout(() => console.log("' 120 '"), ' 120 ');
setTimeout(() => console.log("'8e1'"), '8e1');
setTimeout(() => console.log("'0x28'"), '0x28');
setTimeout(() => console.log("'abc' (NaN)"), 'abc');
setTimeout(() => console.log("'160px' (NaN)"), '160px');
