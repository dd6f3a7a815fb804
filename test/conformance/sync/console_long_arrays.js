// console.log line breaking for long arrays and objects.
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 30 }, (_, i) => i));
console.log(Array.from({ length: 120 }, (_, i) => i * 3));
console.log(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa']);
console.log(['a fairly long string number one', 'a fairly long string number two', 'three']);
console.log({ first: 'value one', second: 'value two', third: 'value three', fourth: 'value four' });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26, aa: 27 });
console.log([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15], [16, 17, 18], [19, 20, 21]]);
console.log('x'.repeat(120));
console.log(['x'.repeat(80)]);
console.log([1.5, -2.25, 300, 4000.125, 5, 6, 7, 8, 9, 10, 11, 12]);
console.log([true, false, true, false, true, false, true, false]);
