// ToPrimitive: valueOf vs toString depending on the hint, and Symbol.toPrimitive overriding both.
const log = [];
const both = {
  valueOf() {
    log.push('valueOf');
    return 42;
  },
  toString() {
    log.push('toString');
    return 'str';
  },
};
console.log(both + 1, `${both}`, both * 2, String(both), both + '', [both] + '');
console.log(log.join(' '));
const custom = {
  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? 7 : hint === 'string' ? 'seven' : 'default';
  },
};
console.log(+custom, `${custom}`, custom + '', custom * 1, custom == 'default');
const d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1), d - 1);
const bad = {
  valueOf() {
    return {};
  },
  toString() {
    return {};
  },
};
try {
  bad + 1;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const onlyToString = { toString: () => '9' };
console.log(onlyToString * 2, onlyToString + 1, [1, [2, [3]]] + '');
