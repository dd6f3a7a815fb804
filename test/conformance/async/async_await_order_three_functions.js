// Three async functions with 1, 2 and 3 awaits, started together: they interleave tick by tick.
async function f(name, n) {
  for (let i = 1; i <= n; i++) {
    await i;
    console.log(name, 'after await', i);
  }
  return name;
}
const all = Promise.all([f('a', 1), f('b', 2), f('c', 3)]);
all.then((r) => console.log('all done', r.join(',')));
setTimeout(() => console.log('timeout'), 0);
console.log('sync end');
