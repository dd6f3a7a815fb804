// A generator driven by a promise runner (the co pattern) interleaves with plain promise chains.
function run(genFn) {
  const it = genFn();
  return new Promise((resolve, reject) => {
    function step(method, arg) {
      let r;
      try {
        r = it[method](arg);
      } catch (e) {
        reject(e);
        return;
      }
      if (r.done) {
        resolve(r.value);
        return;
      }
      Promise.resolve(r.value).then((v) => step('next', v), (e) => step('throw', e));
    }
    step('next');
  });
}
run(function* () {
  console.log('gen start');
  const a = yield 1;
  console.log('gen got', a);
  try {
    yield Promise.reject(new Error('inside'));
  } catch (e) {
    console.log('gen caught', e.message);
  }
  const b = yield new Promise((r) => setTimeout(() => r('timer value'), 10));
  console.log('gen got', b);
  return 'gen result';
}).then((v) => console.log('run resolved', v));
Promise.resolve().then(() => console.log('plain then 1')).then(() => console.log('plain then 2'));
console.log('sync end');
