// Two async functions awaiting in turn interleave one step per tick.
async function worker(name, steps) {
  for (let i = 1; i <= steps; i++) {
    console.log(name, 'step', i);
    await null;
  }
  console.log(name, 'done');
}
worker('A', 3);
worker('B', 2);
console.log('both started');
