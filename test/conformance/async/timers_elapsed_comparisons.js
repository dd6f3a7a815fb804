// Elapsed time is only printed as comparisons.
const t0 = Date.now();
const p0 = performance.now();
setTimeout(() => {
  const dt = Date.now() - t0;
  const dp = performance.now() - p0;
  console.log('Date.now elapsed >= 99:', dt >= 99);
  console.log('performance.now elapsed >= 99:', dp >= 99);
  console.log('elapsed < 1000:', dt < 1000);
  console.log('performance.now() is a number with a fraction part allowed:', typeof performance.now());
}, 100);
console.log('Date.now() >= performance.now():', Date.now() >= performance.now());
