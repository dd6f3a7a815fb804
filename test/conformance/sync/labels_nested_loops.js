// Labelled break and continue across nested loops, and a labelled block.
const grid = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
];
let found = null;
search: for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] === 5) {
      found = [r, c];
      break search;
    }
  }
}
console.log(found);
const out = [];
rows: for (const row of grid) {
  for (const v of row) {
    if (v % 2 === 0) continue rows;
    out.push(v);
  }
}
console.log(out);
check: {
  console.log('in block');
  if (out.length > 1) break check;
  console.log('not reached');
}
let i = 0;
loop: while (true) {
  do {
    i++;
    if (i > 3) break loop;
  } while (i % 2);
  console.log('i is', i);
}
console.log('end', i);
