// What console.log shows for accessors without calling them.
const o = {
  get onlyGet() { return 1; },
  set onlySet(v) {},
  get both() { return 2; }, set both(v) {},
  data: 3,
};
console.log(o);
console.log(Object.defineProperty({}, 'hiddenGetter', { get() { return 1; } }));
console.log(Object.defineProperty({}, 'shownGetter', { get() { return 1; }, enumerable: true }));
class WithAccessor { #v = 5; get v() { return this.#v; } }
const w = new WithAccessor();
console.log(w, w.v, Object.getOwnPropertyNames(Object.getPrototypeOf(w)));
const arr = [1];
Object.defineProperty(arr, 'g', { get: () => 'x', enumerable: true });
console.log(arr);
console.log({ nested: { get deep() { return 1; } } });
