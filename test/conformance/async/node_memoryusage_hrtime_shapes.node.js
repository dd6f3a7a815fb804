// process.memoryUsage and process.hrtime shapes (no numbers that depend on the machine).
const mu = process.memoryUsage();
console.log('memoryUsage keys:', Object.keys(mu).join(','));
console.log('all numbers:', Object.values(mu).every((v) => typeof v === 'number' && v >= 0));
const t0 = process.hrtime();
console.log('hrtime:', Array.isArray(t0), t0.length, Number.isInteger(t0[0]), Number.isInteger(t0[1]));
console.log('bigint:', typeof process.hrtime.bigint());
setTimeout(() => {
  const d = process.hrtime(t0);
  console.log('diff after 30 ms timer >= 30 ms:', d[0] * 1e3 + d[1] / 1e6 >= 30);
}, 30);
