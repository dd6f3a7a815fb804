// arguments.length and arguments[i] in sloppy and strict functions.
// record: ic
function sum() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
function strictSum() {
  'use strict';
  return arguments[0] + arguments.length;
}
let t = 0;
for (let i = 0; i < 11; i++) {
  t += sum(1, 2);
  t += strictSum(i);
}
console.log(t);
