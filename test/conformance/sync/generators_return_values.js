// A generator's return value is the last done:true value: for-of and spread ignore it, yield* returns it.
function* withReturn() {
  yield 1;
  yield 2;
  return 'the end';
}
console.log([...withReturn()]);
for (const v of withReturn()) console.log('for-of', v);
const it = withReturn();
console.log(it.next(), it.next(), it.next(), it.next());
function* delegating() {
  const result = yield* withReturn();
  console.log('delegate returned', result);
  yield 3;
}
console.log(Array.from(delegating()));
function* early() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    console.log('finally in generator');
  }
}
for (const v of early()) {
  console.log(v);
  break;
}
const g = early();
console.log(g.return('forced'), g.next());
function* argsGen(...xs) {
  yield* xs;
  yield* 'hi';
}
console.log([...argsGen(1, 2)]);
