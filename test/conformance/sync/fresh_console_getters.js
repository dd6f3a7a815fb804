const o = {
  plain: 1,
  get g() { return 'got'; },
  set s(v) {},
  get gs() { return 2; }, set gs(v) {},
};
console.log(o);
class C {
  constructor() { this.x = 1; }
  get computed() { return this.x * 2; }
}
console.log(new C());
const withOwnAccessor = new C();
Object.defineProperty(withOwnAccessor, 'own', { get() { return 'own'; }, enumerable: true });
console.log(withOwnAccessor);
const nonEnum = { visible: 1 };
Object.defineProperty(nonEnum, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(nonEnum, 'hiddenGetter', { get() { return 3; }, enumerable: false });
console.log(nonEnum, Object.keys(nonEnum));
console.log([o], { inner: o });
const arr = [1, 2];
Object.defineProperty(arr, 'len2', { get() { return this.length * 2; }, enumerable: true });
console.log(arr);
