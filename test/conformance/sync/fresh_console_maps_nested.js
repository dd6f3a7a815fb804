const users = new Map([
  ['ann', { age: 31, roles: new Set(['admin', 'dev']), prefs: new Map([['theme', 'dark']]) }],
  ['bob', { age: 25, roles: new Set(), prefs: new Map() }],
]);
console.log(users);
console.log([...users.values()][0]);
console.log({ users });
const deep = new Map([['l1', new Map([['l2', new Map([['l3', new Map([['l4', 'bottom']])]])]])]]);
console.log(deep);
const setOfArrays = new Set([[1, 2], [3, 4], { k: 'v' }]);
console.log(setOfArrays);
const m = new Map();
m.set(m, m);
console.log(m);
const keyed = new Map([[{ id: 1 }, 'obj key'], [[1, 2], 'arr key'], [() => {}, 'fn key'], [Symbol('s'), 'sym key']]);
console.log(keyed);
console.log(new Map(Array.from({ length: 8 }, (_, i) => [i, 'v' + i])));
