// Random nested values (objects, arrays, strings, numbers) and the line console.log prints for
// each in Node: a differential test of util.inspect's layout (line breaking, compact joining,
// array grouping). Run: node fuzz.js > fuzz.json (see TestNodeFormatFuzz). Deterministic.
'use strict';
const util = require('util');

let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const words = ['a', 'bb', 'key', 'value', 'it\'s', 'x y', 'longer string value', 'with\nnewline',
  'q"uote', 'ünï', '日本', '', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'];
function str() {
  let s = words[rand(words.length)];
  if (rand(8) === 0) s = s.repeat(1 + rand(6));
  return s;
}
function num() {
  switch (rand(5)) {
    case 0: return rand(10);
    case 1: return rand(100000) - 50000;
    case 2: return rand(1000) / 8;
    case 3: return -1 - rand(100);
    default: return rand(1000000000);
  }
}
function key() {
  const k = ['a', 'b', 'name', 'value', 'x-y', 'long_property_name', '0', '12', 'é', 'k' + rand(50)];
  return k[rand(k.length)];
}
function value(depth) {
  const t = depth > 4 ? rand(4) : rand(9);
  switch (t) {
    case 0: case 1: return num();
    case 2: return str();
    case 3: return rand(2) === 0 ? null : rand(2) === 0;
    case 4: case 5: {
      const n = rand(4) === 0 ? rand(30) : rand(8);
      const a = [];
      const kind = rand(3);
      for (let i = 0; i < n; i++) a.push(kind === 0 ? num() : kind === 1 ? str() : value(depth + 1));
      return a;
    }
    default: {
      const o = {};
      const n = rand(7);
      for (let i = 0; i < n; i++) o[key()] = value(depth + 1);
      return o;
    }
  }
}
const cases = [];
for (let i = 0; i < 250; i++) {
  const v = value(0);
  cases.push({ json: JSON.stringify(v), out: util.format(v) });
}
process.stdout.write(JSON.stringify(cases, null, 1) + '\n');
