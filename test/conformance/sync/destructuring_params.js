// Destructuring in parameters and loops.
function draw({ x = 0, y = 0, color = 'black' } = {}) {
  return `${color} at ${x},${y}`;
}
console.log(draw({ x: 5 }), draw(), draw({ color: 'red', y: 2 }));

function sumPair([a, b = 10]) {
  return a + b;
}
console.log(sumPair([1]), sumPair([1, 2]));

const entries = Object.entries({ one: 1, two: 2 });
for (const [k, v] of entries) console.log(k, v);

const people = [
  { name: 'Ada', langs: ['en'] },
  { name: 'Linus', langs: ['fi', 'en'] },
];
console.log(people.map(({ name, langs: [primary] }) => `${name}:${primary}`));

const swap = ([a, b]) => [b, a];
console.log(swap([1, 2]));

function options({ verbose, ...others }) {
  return [verbose, Object.keys(others)];
}
console.log(options({ verbose: true, depth: 2, color: false }));
