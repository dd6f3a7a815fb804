// Two for-await loops over async generators interleave.
async function* count(tag, n) {
  for (let i = 1; i <= n; i++) {
    yield tag + i;
  }
}
async function consume(tag, n) {
  for await (const v of count(tag, n)) {
    console.log(v);
  }
  console.log(tag, 'done');
}
consume('a', 3);
consume('b', 3);
console.log('started');
