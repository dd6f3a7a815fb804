const target = { a: 1, b: 2 };
const log = [];
const p = new Proxy(target, {
  get(t, k, r) { log.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
  set(t, k, v) { log.push(`set ${k}=${v}`); return Reflect.set(t, k, v * 10); },
  has(t, k) { log.push(`has ${k}`); return k.startsWith('a'); },
  deleteProperty(t, k) { log.push(`delete ${k}`); return delete t[k]; },
  ownKeys(t) { log.push('ownKeys'); return [...Reflect.ownKeys(t), 'virtual']; },
  getOwnPropertyDescriptor(t, k) { return k === 'virtual' ? { value: 'v', enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k); },
});
p.c = 3;
console.log(p.a, p.c, 'a' in p, 'b' in p, delete p.b);
console.log(Object.keys(p));
console.log(log.join(' | '));
console.log(target, Reflect.has(target, 'a'), Reflect.ownKeys({ x: 1, [Symbol('y')]: 2 }));
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.construct(Date, [0]).getTime(), Reflect.getPrototypeOf([]) === Array.prototype);
const validator = new Proxy({}, { set(t, k, v) { if (typeof v !== 'number') throw new TypeError(`${k} must be a number`); t[k] = v; return true; } });
validator.age = 30;
try { validator.name = 'x'; } catch (e) { console.log(e.message); }
console.log(Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }), Reflect.set(Object.freeze({}), 'x', 1));
