// The same steps written as an async function and as a generator with a runner: the async
// function resumes sooner (await is one tick; the runner uses Promise.resolve(v).then).
function run(genFn) {
  const it = genFn();
  function step(v) {
    const r = it.next(v);
    if (!r.done) Promise.resolve(r.value).then(step);
  }
  step();
}
run(function* () {
  console.log('gen 1');
  yield null;
  console.log('gen 2');
  yield null;
  console.log('gen 3');
});
(async () => {
  console.log('async 1');
  await null;
  console.log('async 2');
  await null;
  console.log('async 3');
})();
