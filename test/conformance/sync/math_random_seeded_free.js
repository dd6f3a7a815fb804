// Math functions on arrays: min/max with spread, sums, averages and clamping (no randomness).
const scores = [88, 92.5, 79, 95, 61];
const sum = scores.reduce((a, b) => a + b, 0);
console.log(Math.max(...scores), Math.min(...scores), sum, sum / scores.length, (sum / scores.length).toFixed(1));
const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
console.log(clamp(150, 0, 100), clamp(-5, 0, 100), clamp(42, 0, 100));
const round2 = (x) => Math.round(x * 100) / 100;
console.log(round2(2.345), round2(2.355), round2(-2.345), Math.round(-2.5), Math.round(2.5));
const variance = scores.reduce((acc, s) => acc + (s - sum / scores.length) ** 2, 0) / scores.length;
console.log(variance.toFixed(3), Math.sqrt(variance).toFixed(3));
console.log(typeof Math.random(), Math.random() < 1, Number.isInteger(Math.floor(Math.random() * 10)));
console.log(Math.trunc(-4.7), Math.sign(-0), Object.is(Math.sign(-0), -0), Math.abs(-0) === 0, Math.min(0, -0));
console.log([3, 1, 2].map(Math.sqrt).map((x) => x.toFixed(4)), [1.5, 2.5, -1.5].map(Math.round));
