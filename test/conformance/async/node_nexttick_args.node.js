// process.nextTick passes extra arguments; it throws for a non-function.
process.nextTick((a, b) => console.log('args', a, b), 'first', { second: 2 });
try {
  process.nextTick('nope');
} catch (e) {
  console.log(e.name, e.code);
}
