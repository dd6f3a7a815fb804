// Top-level `this`: module.exports in Node (CommonJS), window in a browser classic script.
console.log(typeof this, this === globalThis);
console.log(typeof module !== 'undefined' && this === module.exports);
console.log(typeof window !== 'undefined' && this === window);
console.log(Object.keys(this).length === 0 || 'browser global has keys');
function sloppyThis() {
  return this === globalThis;
}
console.log(sloppyThis());
const arrowThis = () => this;
console.log(arrowThis() === this);
