// console.log of promises in each state (logged synchronously, before any job runs).
const resolved = Promise.resolve({ ok: true });
const rejected = Promise.reject(new Error('nope'));
rejected.catch(() => {});
const pending = new Promise(() => {});
console.log(resolved);
console.log(pending);
const rejectedValue = Promise.reject(42);
rejectedValue.catch(() => {});
console.log(rejectedValue);
console.log([Promise.resolve(1)], { p: Promise.resolve('nested') });
async function f() {
  return 5;
}
console.log(f());
