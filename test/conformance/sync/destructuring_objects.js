// Object destructuring: renaming, defaults, nested, rest, computed keys.
const person = { name: 'Ada', age: 36, address: { city: 'London', zip: 'N1' }, tags: ['math'] };
const { name, age } = person;
const { name: fullName, missing = 'fallback' } = person;
const {
  address: { city },
  tags: [firstTag],
} = person;
console.log(name, age, fullName, missing, city, firstTag);

const { age: _, ...withoutAge } = person;
console.log(Object.keys(withoutAge));

const key = 'name';
const { [key]: computed } = person;
console.log(computed);

let late;
({ late = 'assigned in an expression' } = {});
console.log(late);

const { length } = 'destructure a string';
console.log(length);

const { toFixed } = 1;
console.log(typeof toFixed);

try {
  const { anything } = undefined;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  const {
    deep: { deeper },
  } = {};
} catch (e) {
  console.log(e.constructor.name, e.message);
}
