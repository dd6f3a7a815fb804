// console.log of objects with accessor properties.
const obj = {
  plain: 1,
  get onlyGet() {
    return 'g';
  },
  set onlySet(v) {},
  get both() {
    return 'b';
  },
  set both(v) {},
};
console.log(obj);
class Temp {
  #c = 20;
  get f() {
    return this.#c * 1.8 + 32;
  }
}
console.log(new Temp());
const defined = {};
Object.defineProperty(defined, 'hidden', { get: () => 1, enumerable: false });
Object.defineProperty(defined, 'shown', { get: () => 2, enumerable: true });
console.log(defined);
