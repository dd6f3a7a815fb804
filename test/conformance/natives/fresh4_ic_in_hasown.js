// fresh4: `'x' in o` and o.hasOwnProperty('x') in a function fed own, inherited and
// missing properties of a few shapes.
// record: ic
function check(o) {
  let a = 'x' in o;
  let b = o.hasOwnProperty('x');
  let c = 'toString' in o;
  return (a ? 4 : 0) + (b ? 2 : 0) + (c ? 1 : 0);
}
let proto = { x: 0 };
let objs = [{ x: 1, y: 3 }, Object.create(proto), { y: 1 }];
let s = '';
for (let i = 0; i < 12; i++) {
  s = s + check(objs[i % 3]);
}
console.log(s);
