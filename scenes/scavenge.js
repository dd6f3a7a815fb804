// New space is 2 × 1 KB here, so a few small objects fill it.
let keep = [];
for (let i = 0; i < 24; i++) {
  let tmp = { n: i, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, j: 9, k: 10 };
  if (i % 8 === 0) {
    keep.push(tmp);  // kept: it survives collections
  }                  // the others are garbage after their pass
}
console.log(keep.length);
