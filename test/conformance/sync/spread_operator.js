// Spread in arrays, calls and object literals.
const a = [1, 2];
const b = [...a, 3, ...a];
console.log(b, Math.max(...b), [...'hey'], [...new Set([1, 1, 2])]);
console.log([...new Map([['k', 'v']])]);

const base = { x: 1, y: 2 };
const moved = { ...base, y: 20, z: 30 };
console.log(moved, base);
const order = { z: 0, ...base, x: 100 };
console.log(Object.keys(order), order.x);
console.log({ ...'ab', ...[9], ...null, ...undefined, ...42 });

const withGetter = {
  get g() {
    return 'evaluated';
  },
};
const spreadCopy = { ...withGetter };
console.log(Object.getOwnPropertyDescriptor(spreadCopy, 'g').value);

function f(x, y, z) {
  return [x, y, z];
}
console.log(f(...[1, 2]), f(...'abc'), f(0, ...[1], ...[2, 3]));

const nested = { inner: { value: 1 } };
const shallow = { ...nested };
shallow.inner.value = 2;
console.log(nested.inner.value);

try {
  [...123];
} catch (e) {
  console.log(e.constructor.name, e.message);
}
