// return() runs finally blocks; throw() throws at the paused yield.
async function* gen(tag) {
  try {
    yield tag + '1';
    yield tag + '2';
  } catch (e) {
    console.log(tag, 'caught inside', e.message);
    yield tag + ' after catch';
  } finally {
    console.log(tag, 'finally');
  }
}
(async () => {
  const a = gen('a');
  console.log(JSON.stringify(await a.next()));
  console.log(JSON.stringify(await a.return('early')));
  console.log(JSON.stringify(await a.next()));
  const b = gen('b');
  console.log(JSON.stringify(await b.next()));
  console.log(JSON.stringify(await b.throw(new Error('boom'))));
  console.log(JSON.stringify(await b.next()));
})();
