const obj = {
  value: 42,
  regular: function () { return this.value; },
  arrow: () => typeof this,
  nested() { const inner = () => this.value; return inner(); },
  delayed() { return [1].map(function () { return this; })[0] === undefined ? 'undefined this' : 'global this'; },
};
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.delayed());
const arrow = () => {};
function regular() {}
console.log(typeof arrow.prototype, typeof regular.prototype, arrow.name, regular.name);
try { new arrow(); } catch (e) { console.log(e.constructor.name, e.message); }
const argsArrow = () => typeof arguments;
console.log(argsArrow());
function outerArgs() { return (() => arguments.length)(); }
console.log(outerArgs(1, 2, 3));
const returnsObj = () => ({ a: 1 });
const returnsUndef = () => { a: 1 };
console.log(returnsObj(), returnsUndef());
const curried = a => b => c => a + b + c;
console.log(curried(1)(2)(3), curried.length, curried(1).length);
console.log(arrow.toString(), regular.toString(), String(a => a * 2));
