// yield* delegates to another iterable and evaluates to its return value.
function* inner() {
  yield 'inner 1';
  yield 'inner 2';
  return 'inner result';
}
function* outer() {
  yield 'outer start';
  const result = yield* inner();
  yield 'inner returned: ' + result;
  yield* ['array', 'items'];
  yield* 'ab';
}
console.log([...outer()]);

function* tree(node) {
  yield node.value;
  for (const child of node.children || []) yield* tree(child);
}
const root = { value: 1, children: [{ value: 2, children: [{ value: 3 }] }, { value: 4 }] };
console.log([...tree(root)]);

function* passThrough() {
  const received = yield* echo();
  return received;
}
function* echo() {
  const x = yield 'send me something';
  return 'echo ' + x;
}
const g = passThrough();
console.log(g.next().value, JSON.stringify(g.next('hello')));
