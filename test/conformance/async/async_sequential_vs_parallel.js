// Awaiting in sequence waits for each timer in turn; Promise.all runs them together.
const wait = (name, ms) => new Promise((r) => setTimeout(() => { console.log('  timer', name); r(name); }, ms));
async function sequential() {
  const a = await wait('seq-a', 40);
  const b = await wait('seq-b', 20);
  return [a, b];
}
async function parallel() {
  return Promise.all([wait('par-a', 40), wait('par-b', 20)]);
}
(async () => {
  const start = Date.now();
  console.log('sequential', (await sequential()).join(' '));
  const mid = Date.now();
  console.log('sequential took at least 55 ms:', mid - start >= 55);
  console.log('parallel', (await parallel()).join(' '));
})();
