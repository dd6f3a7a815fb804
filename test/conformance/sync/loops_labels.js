// Labelled break and continue on nested loops.
const pairs = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    pairs.push(`${i}${j}`);
  }
}
console.log(pairs);

const grid = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
];
let found = null;
search: for (const row of grid) {
  for (const cell of row) {
    if (cell * cell > 20) {
      found = cell;
      break search;
    }
  }
}
console.log(found);

let count = 0;
loop1: while (true) {
  loop2: do {
    count++;
    if (count % 2) continue loop2;
    if (count > 6) break loop1;
  } while (count < 100);
}
console.log(count);
