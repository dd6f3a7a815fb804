const np = Object.create(null);
np.a = 1;
np.inner = Object.create(null);
np.inner.b = 2;
console.log(np, [np], { np });
const str = new String('hello');
str.extra = true;
console.log(str, [str], new Number(-0), new Boolean(false), Object(Symbol('box')), Object(7n));
console.log(typeof str, str instanceof String, str.length, str + '!', JSON.stringify(str));
class P { constructor() { this.x = 1; } }
const detached = Object.setPrototypeOf(new P(), null);
console.log(detached);
const protoChain = Object.create(Object.create(null));
protoChain.own = 1;
console.log(protoChain);
function Legacy() { this.v = 1; }
Legacy.prototype = Object.create(null);
console.log(new Legacy());
const arrLike = { 0: 'a', 1: 'b', length: 2 };
console.log(arrLike, Array.from(arrLike));
