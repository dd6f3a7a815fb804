// Optional chaining and destructuring: person?.info?.city on objects with and without info, and
// `const { x, y } = point` (named loads), with defaults for a missing property.
// record: ic
function city(person) {
  return person?.info?.city;
}
function sum({ x, y, z = 0 }) {
  return x + y + z;
}
let person = { name: 'a', info: { city: 'bj' } };
for (let i = 0; i < 12; i++) {
  city(person);
  sum({ x: i, y: 1 });
}
city({ name: 'b' });
city(null);
sum({ x: 1, y: 2, z: 3 });
console.log(city(person), city(undefined), sum({ x: 1, y: 2 }));
