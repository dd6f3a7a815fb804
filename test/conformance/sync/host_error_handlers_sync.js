// Errors thrown and caught synchronously print the same on both hosts; only uncaught ones differ.
function risky(n) {
  if (n > 2) throw new RangeError(`n too big: ${n}`);
  return n * 2;
}
const results = [];
for (let i = 0; i < 5; i++) {
  try {
    results.push(risky(i));
  } catch (e) {
    results.push(e.name);
  } finally {
    results.push('|');
  }
}
console.log(results.join(' '));
console.error('to stderr:', new Error('logged').message);
console.warn('warning with object', { level: 2 });
console.info('info goes to stdout');
