// WeakMap and WeakSet: object keys only, no iteration, no size.
const wm = new WeakMap();
const key = {};
wm.set(key, 'private data');
console.log(wm.get(key), wm.has(key), wm.has({}), wm.size, typeof wm[Symbol.iterator]);
wm.delete(key);
console.log(wm.has(key));
try {
  wm.set('string key', 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const ws = new WeakSet();
const member = {};
ws.add(member);
console.log(ws.has(member), ws.has({}));
try {
  ws.add(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const registry = new WeakMap();
function track(obj) {
  registry.set(obj, (registry.get(obj) || 0) + 1);
  return registry.get(obj);
}
const o = {};
track(o);
track(o);
console.log(track(o), Object.prototype.toString.call(wm), String(ws));
const symKey = Symbol('ok');
wm.set(symKey, 'non-registered symbols are allowed');
console.log(wm.get(symKey));
