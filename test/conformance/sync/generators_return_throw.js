// Generator return() and throw(), with try/finally inside the generator.
function* guarded() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } catch (e) {
    console.log('caught inside:', e);
    yield 'recovered';
  } finally {
    console.log('finally runs');
  }
  yield 'after try';
}
const a = guarded();
console.log(JSON.stringify(a.next()));
console.log(JSON.stringify(a.return('early')));
console.log(JSON.stringify(a.next()));

const b = guarded();
b.next();
console.log(JSON.stringify(b.throw('boom')));
console.log(JSON.stringify(b.next()));
console.log(JSON.stringify(b.next()));

const c = guarded();
try {
  c.throw(new Error('before start'));
} catch (e) {
  console.log('not started, so thrown out:', e.message);
}
console.log(JSON.stringify(c.next()));

function* resists() {
  try {
    yield 'a';
  } finally {
    yield 'finally yields';
  }
}
const d = resists();
d.next();
console.log(JSON.stringify(d.return('x')));
console.log(JSON.stringify(d.next()));

function* running() {
  try {
    g.next();
  } catch (e) {
    yield e.constructor.name + ': ' + e.message;
  }
}
const g = running();
console.log(g.next().value);
