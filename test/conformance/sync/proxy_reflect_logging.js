// A logging Proxy with get/set/has/deleteProperty traps, and Reflect doing the default work.
const log = [];
const target = { a: 1 };
const p = new Proxy(target, {
  get(t, key, receiver) {
    log.push(`get ${String(key)}`);
    return Reflect.get(t, key, receiver);
  },
  set(t, key, value, receiver) {
    log.push(`set ${String(key)}=${value}`);
    return Reflect.set(t, key, value * 2, receiver);
  },
  has(t, key) {
    log.push(`has ${String(key)}`);
    return key.startsWith('_') ? false : Reflect.has(t, key);
  },
  deleteProperty(t, key) {
    log.push(`delete ${String(key)}`);
    return Reflect.deleteProperty(t, key);
  },
});
p.b = 5;
console.log(p.a, p.b, 'a' in p, '_hidden' in p, delete p.a);
console.log(log);
console.log(target, Object.keys(p));
const validator = new Proxy({}, {
  set(t, k, v) {
    if (typeof v !== 'number') throw new TypeError(`${k} must be a number`);
    t[k] = v;
    return true;
  },
});
validator.age = 30;
try {
  validator.age = 'old';
} catch (e) {
  console.log(e.message, validator.age);
}
console.log(Reflect.ownKeys({ b: 1, a: 2, 1: 0 }), Reflect.has([], 'length'), Reflect.apply(Math.max, null, [1, 3]));
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.construct(Date, [0]).getTime());
