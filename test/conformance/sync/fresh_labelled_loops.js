outer: for (let i = 0; i < 4; i++) {
  inner: for (let j = 0; j < 4; j++) {
    if (j === i) continue outer;
    if (i === 3) break outer;
    console.log('pair', i, j);
  }
}
let found = null;
search: for (const row of [[1, 2], [3, 42], [5, 6]]) {
  for (const cell of row) {
    if (cell === 42) { found = row; break search; }
  }
}
console.log('found', found);
block: {
  console.log('in block');
  if (found) break block;
  console.log('not reached');
}
let k = 0;
loop: while (true) {
  k++;
  switch (k) {
    case 1: continue loop;
    case 3: break loop;
  }
  console.log('k is', k);
}
console.log('done', k);
let count = 0;
a: b: c: for (;;) { if (++count > 2) break b; }
console.log(count);
