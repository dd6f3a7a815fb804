// Template literals convert with ToString; objects, arrays, null and symbols behave differently.
const user = { name: 'Ada', toString() { return 'User(Ada)'; } };
console.log(`${user}`, `${[1, [2, 3]]}`, `${{}}`, `${null} ${undefined} ${true}`);
console.log(`${() => 1}`, `${123n}`, `${-0}`, `${1e21}`, `${[]}|`);
try {
  console.log(`${Symbol('s')}`);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const obj = { valueOf: () => 42, toString: () => 'str' };
console.log(`${obj}`, obj + '', String(obj), obj * 1);
const nested = (n) => `level ${n}${n > 0 ? ' > ' + nested(n - 1) : ''}`;
console.log(nested(3));
const amount = 1234.5;
console.log(`Total: ${amount.toFixed(2)} (${(amount / 3).toFixed(3)} each)`);
console.log(`line 1
  line 2 indented`.split('\n').length);
