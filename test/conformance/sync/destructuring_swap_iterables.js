// Array destructuring works on any iterable: swapping, Maps, generators and strings.
let a = 1;
let b = 2;
[a, b] = [b, a];
console.log(a, b);
const m = new Map([
  ['x', 1],
  ['y', 2],
]);
for (const [k, v] of m) {
  console.log(k, v);
}
const [[firstKey]] = m;
console.log(firstKey);
function* numbers() {
  let i = 0;
  while (true) {
    console.log('yield', i);
    yield i++;
  }
}
const [n0, n1] = numbers();
console.log(n0, n1);
const obj = {};
[obj.first, obj['second']] = ['one', 'two'];
({ a: obj.third } = { a: 'three' });
console.log(obj);
const [x = 'dx', y = 'dy'] = [null, undefined];
console.log(x, y);
