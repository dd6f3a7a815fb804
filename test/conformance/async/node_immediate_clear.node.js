// clearImmediate cancels an immediate, also from an earlier immediate in the same check phase.
const a = setImmediate(() => console.log('a: never'));
clearImmediate(a);
let c;
setImmediate(() => {
  console.log('b clears c');
  clearImmediate(c);
});
c = setImmediate(() => console.log('c: never'));
setImmediate((x, y) => console.log('d with args', x, y), 1, 2);
console.log(typeof a, a.constructor.name);
