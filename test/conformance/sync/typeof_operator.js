// typeof for every kind of value.
const values = [
  undefined,
  null,
  true,
  0,
  -0,
  NaN,
  1n,
  '',
  'text',
  Symbol('s'),
  {},
  [],
  function () {},
  () => {},
  class {},
  function* () {},
  async function () {},
  new Date(0),
  /re/,
  new Number(1),
  new String('s'),
  Math,
  JSON,
  Object,
];
console.log(values.map((v) => typeof v).join(' '));
console.log(typeof undeclaredVariable, typeof typeof 1, typeof (() => {})());
console.log(typeof document === 'undefined' || typeof document);
