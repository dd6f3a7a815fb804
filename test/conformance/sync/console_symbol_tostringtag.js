// Symbol.toStringTag changes Object.prototype.toString and how the console labels an object.
class Temperature {
  get [Symbol.toStringTag]() {
    return 'Temp';
  }
}
const t = new Temperature();
console.log(String(t), Object.prototype.toString.call(t), `${t}`);
console.log(t);
const tagged = { [Symbol.toStringTag]: 'Custom', value: 1 };
console.log(tagged, Object.prototype.toString.call(tagged));
console.log(Object.prototype.toString.call(null), Object.prototype.toString.call(undefined));
console.log([1, 'a', true, 1n, Symbol(), () => {}, new Date(0), /x/, new Map(), new Set(), Promise.resolve(), new Error('e'), JSON, Math].map((v) => Object.prototype.toString.call(v)).join(' '));
function* gen() {}
console.log(Object.prototype.toString.call(gen), Object.prototype.toString.call(gen()), Object.prototype.toString.call(async () => {}));
