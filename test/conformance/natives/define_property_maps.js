// defineProperty on fresh objects: the attributes are part of the transition, so objects
// defined alike share maps; changing an attribute later makes a new branch.
const mk = () => {
  const o = {};
  Object.defineProperty(o, 'x', { value: 1, writable: true, enumerable: false, configurable: true });
  return o;
};
const a = mk(), b = mk();
console.log('same attrs:', %HaveSameMap(a, b), 'fast', %HasFastProperties(a));
const c = {};
c.x = 1;
console.log('vs plain x:', %HaveSameMap(a, c));
const d = { x: 1, y: 2 }, e = { x: 1, y: 2 };
Object.defineProperty(d, 'y', { writable: false });
Object.defineProperty(e, 'y', { writable: false });
console.log('y read-only both:', %HaveSameMap(d, e), 'fast', %HasFastProperties(d));
const g = {};
Object.defineProperty(g, 'v', { get() { return 1; }, set(x) {}, enumerable: true, configurable: true });
console.log('get+set fast:', %HasFastProperties(g));
Object.defineProperty(g, 'v', { enumerable: false });
console.log('accessor attrs changed fast:', %HasFastProperties(g));
