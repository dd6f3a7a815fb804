// Object.defineProperty: writable/enumerable/configurable (sloppy mode: failed writes are silent).
const obj = {};
Object.defineProperty(obj, 'fixed', { value: 1 });
obj.fixed = 2;
console.log(obj.fixed, Object.keys(obj), JSON.stringify(obj), 'fixed' in obj);
console.log(Object.getOwnPropertyDescriptor(obj, 'fixed'));

Object.defineProperty(obj, 'visible', { value: 'v', enumerable: true, writable: true });
obj.visible = 'changed';
console.log(obj.visible, Object.keys(obj));

try {
  Object.defineProperty(obj, 'fixed', { value: 3 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(delete obj.fixed, obj.fixed);

let backing = 10;
Object.defineProperty(obj, 'computed', {
  get() {
    return backing * 2;
  },
  set(v) {
    backing = v;
  },
  enumerable: true,
  configurable: true,
});
obj.computed = 21;
console.log(obj.computed, backing);

Object.defineProperties(obj, {
  x: { value: 'x', enumerable: true },
  y: { value: 'y' },
});
console.log(Object.keys(obj), Object.getOwnPropertyNames(obj));
try {
  Object.defineProperty(obj, 'bad', { value: 1, get() {} });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { writable: false });
arr.push === Array.prototype.push && console.log(arr.length);
try {
  arr.push(4);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
