'use strict';
// Strict mode differences in one program.
function thisValue() {
  return this;
}
console.log(thisValue(), typeof thisValue.call(2), thisValue.call(2));
try {
  notDeclared = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function args(a) {
  a = 'changed';
  return arguments[0];
}
console.log(args('original'));
try {
  args.caller;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Object.defineProperty({}, 'x', { value: 1 }).x = 2;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  eval('var evalVar = 1');
  console.log(typeof evalVar);
} catch (e) {
  console.log(e.message);
}
try {
  NaN = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log((function () {
  return typeof this;
})());
