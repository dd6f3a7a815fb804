// next() returns promises of {value, done}; calls made before settling are queued in order.
async function* gen() {
  const x = yield 'first';
  console.log('received', x);
  yield 'second';
  return 'returned';
}
const g = gen();
console.log(Object.prototype.toString.call(g), typeof g.next);
g.next('ignored').then((r) => console.log(JSON.stringify(r)));
g.next('sent').then((r) => console.log(JSON.stringify(r)));
g.next().then((r) => console.log(JSON.stringify(r)));
g.next().then((r) => console.log(JSON.stringify(r)));
console.log('four next() calls queued');
