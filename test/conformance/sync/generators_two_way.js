// next(value) sends a value in; return() runs finally blocks; throw() lands at the yield.
function* conversation() {
  const name = yield 'What is your name?';
  const hobby = yield `Hello ${name}! Hobby?`;
  try {
    yield `${name} likes ${hobby}`;
  } finally {
    console.log('cleanup');
  }
  return 'done';
}
const c = conversation();
console.log(c.next('ignored').value);
console.log(c.next('Ada').value);
console.log(c.next('math').value);
console.log(c.return('early'));
console.log(c.next());
function* guarded() {
  while (true) {
    try {
      yield 'waiting';
    } catch (e) {
      console.log('caught inside:', e);
    }
  }
}
const g = guarded();
g.next();
console.log(g.throw('boom'));
const fresh = guarded();
try {
  fresh.throw(new Error('before start'));
} catch (e) {
  console.log('outside:', e.message);
}
console.log(fresh.next());
