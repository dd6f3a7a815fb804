const grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
let out = [];
rows: for (let r = 0; r < grid.length; r++) {
  cols: for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] % 2 === 0) continue cols;
    if (grid[r][c] === 5) continue rows;
    if (grid[r][c] === 9) break rows;
    out.push(grid[r][c]);
  }
}
console.log(out);
out = [];
let n = 0;
outer: do {
  n++;
  let m = 0;
  while (true) {
    m++;
    if (m > 2) continue outer;
    if (n > 2) break outer;
    out.push(`${n}.${m}`);
  }
} while (n < 10);
console.log(out.join(' '), n);
label1: {
  label2: {
    console.log('in label2');
    break label1;
  }
  console.log('skipped');
}
for (const x of [1, 2, 3]) { if (x === 2) continue; console.log('x', x); }
const found = (() => { search: for (const a of [1, 2]) for (const b of [3, 4]) if (a * b === 6) { return [a, b]; } return null; })();
console.log(found);
