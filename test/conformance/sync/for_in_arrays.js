// for-in over arrays and strings yields index strings (and extra properties).
const arr = ['a', 'b', 'c'];
arr.extra = 'x';
for (const i in arr) console.log(i, typeof i, arr[i]);

const sparse = [1, , 3];
const idx = [];
for (const i in sparse) idx.push(i);
console.log(idx);

for (const i in 'hi') console.log('string index', i);

let deletedDuring = { a: 1, b: 2, c: 3 };
const visited = [];
for (const k in deletedDuring) {
  visited.push(k);
  delete deletedDuring.b;
}
console.log(visited);

for (const k in null) console.log('never');
for (const k in undefined) console.log('never');
console.log('for-in over null/undefined runs zero times');
