// Objects made by JSON.parse and Object.fromEntries with many properties: fast or dictionary?
const entries = (n) => Array.from({ length: n }, (_, i) => ['k' + i, i]);
for (const n of [10, 20, 100, 1000, 1100]) {
  const parsed = JSON.parse(JSON.stringify(Object.fromEntries(entries(n))));
  const fromEntries = Object.fromEntries(entries(n));
  console.log(`${n} properties: JSON.parse fast ${%HasFastProperties(parsed)}, Object.fromEntries fast ${%HasFastProperties(fromEntries)}`);
}
