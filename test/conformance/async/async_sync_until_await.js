// An async function runs synchronously up to its first await; the caller gets a promise.
async function f() {
  console.log('f: before await');
  await null;
  console.log('f: after await');
  return 'f result';
}
console.log('call f');
const p = f();
console.log('f returned a', p.constructor.name);
p.then((v) => console.log('then:', v));
async function noAwait() {
  console.log('noAwait body');
  return 'no await';
}
noAwait().then((v) => console.log('then:', v));
console.log('sync end');
