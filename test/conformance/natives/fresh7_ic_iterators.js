// Loads V8 makes for iteration: array destructuring and for-of over an array (the iterator's next,
// done and value are not logged for arrays with the fast path?), a spread call, and for-of over a
// Map; plus `o.x++` and `o.x += 2` (a load and a store at one site).
// record: ic
function firstTwo(arr) {
  const [a, b] = arr;
  return a + b;
}
function sum(arr) {
  let s = 0;
  for (const v of arr) s += v;
  return s;
}
function spreadCall(arr) {
  return Math.max(...arr);
}
function bump(o) {
  o.x++;
  o.y += 2;
  return o;
}
for (let i = 0; i < 12; i++) {
  firstTwo([1, 2, 3]);
  sum([1, 2]);
  spreadCall([3, 4]);
  bump({ x: 1, y: 2 });
}
sum(new Map([[1, 2]]).values());
bump({ x: 0.5, y: 1 });
console.log(firstTwo([5, 6]), sum([1, 2, 3]), spreadCall([1, 9]), bump({ x: 1, y: 1 }).x);
