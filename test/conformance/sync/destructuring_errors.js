// What destructuring throws on null, undefined and non-iterables (V8's messages).
const tries = [
  () => {
    const { a } = null;
  },
  () => {
    const { a } = undefined;
  },
  () => {
    const [x] = {};
  },
  () => {
    const [y] = 5;
  },
  () => {
    let { b: { c } } = { b: undefined };
  },
  () => {
    const [[z]] = [1];
  },
  function named({ p }) {}.bind(null, null),
];
for (const t of tries) {
  try {
    t();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
const { length } = 'hello';
const { toFixed } = 5;
console.log(length, typeof toFixed);
