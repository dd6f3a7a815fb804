// An uncaught RangeError from a number method, inside a method call.
const fmt = {
  digits: 101,
  format(n) { return n.toFixed(this.digits); },
};
console.log(fmt.format.name);
console.log(fmt.format(1.5));
