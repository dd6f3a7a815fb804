// Accessor properties in console output: Node shows [Getter]/[Setter], DevTools evaluates nothing.
const account = {
  owner: 'ada',
  get balance() {
    return 100;
  },
  set balance(v) {},
  set pin(v) {},
};
console.log(account);
class Celsius {
  constructor(c) {
    this.c = c;
  }
  get f() {
    return this.c * 1.8 + 32;
  }
}
console.log(new Celsius(10), Object.keys(new Celsius(10)));
const viaDefine = Object.defineProperty({ a: 1 }, 'computed', { get() { return 2; }, enumerable: true });
console.log(viaDefine, [viaDefine]);
console.log(Object.getOwnPropertyDescriptor(account, 'balance'));
console.log(Object.getOwnPropertyDescriptor(account, 'pin'));
