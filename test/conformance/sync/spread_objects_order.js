// Object spread copies own enumerable properties in order; later keys win; getters run once.
const base = { a: 1, b: 2 };
const withGetter = {
  get computed() {
    console.log('getter runs');
    return 'c';
  },
};
const merged = { ...base, b: 'override', ...withGetter, a: 'last' };
console.log(merged);
console.log(Object.getOwnPropertyDescriptor(merged, 'computed').value);
const hidden = Object.create({ inherited: true }, { nonEnum: { value: 1, enumerable: false }, own: { value: 2, enumerable: true } });
console.log({ ...hidden });
console.log({ ...'hi', ...[9, 8], ...null, ...undefined, ...42 });
const sym = Symbol('s');
console.log({ ...{ [sym]: 1, 2: 'two', 1: 'one' } });
const nested = { inner: { deep: 1 } };
const copy = { ...nested };
copy.inner.deep = 2;
console.log(nested.inner.deep, copy === nested, copy.inner === nested.inner);
