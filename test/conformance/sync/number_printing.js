// How numbers are printed: exponent thresholds, integers, fractions.
const nums = [
  0, 1, -1, 1.5, 100, 1e6, 1e20, 1e21, 1.5e21, 123456789012345680000, 1e-6, 1e-7, 1.23e-7, 0.000001234,
  2 ** 31, 2 ** 32, 2 ** 53, 2 ** 64, 2 ** -10, 1 / 3, 2 / 3, 10 / 3, 5e-324, 1.7976931348623157e308, 4.5e15,
  0.1, 100.0, 1.0e2, 0x10, 0o17, 0b101, 1_000_000, -1e-7,
];
for (const n of nums) console.log(String(n));
console.log(nums.slice(0, 8));
console.log(String(-1e21), String(1e300 * 10), (25).toString(), (1e21).toLocaleString === undefined);
