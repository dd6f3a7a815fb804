// Destructuring with nested patterns, defaults, renaming and computed keys.
const config = { server: { host: 'localhost', ports: [80, 443] }, debug: undefined, retries: 0 };
const {
  server: {
    host,
    ports: [http, https = 8443, extra = 'none'],
  },
  debug = false,
  retries = 3,
  missing: { deep } = { deep: 'default-deep' },
} = config;
console.log(host, http, https, extra, debug, retries, deep);
const key = 'dynamic';
const { [key]: renamed = 'fallback', ...others } = { dynamic: 'value', a: 1, b: 2 };
console.log(renamed, others);
let calls = 0;
const { lazy = ++calls } = { lazy: 1 };
const { lazy2 = ++calls } = {};
console.log(lazy, lazy2, calls);
const [first, , third = 't', ...tail] = 'abcdef';
console.log(first, third, tail);
function draw({ x = 0, y = 0, color: { r, g, b } = { r: 0, g: 0, b: 0 } } = {}) {
  return `${x},${y} rgb(${r},${g},${b})`;
}
console.log(draw(), draw({ x: 5, color: { r: 255, g: 1, b: 2 } }));
