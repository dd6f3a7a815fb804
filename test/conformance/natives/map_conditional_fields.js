// A constructor that adds a property only sometimes produces two shapes.
function Item(n) {
  this.n = n;
  if (n % 2 === 0) this.even = true;
}
const items = [0, 1, 2, 3, 4].map((n) => new Item(n));
for (const it of items) {
  console.log(it.n, 'same map as Item(0):', %HaveSameMap(it, items[0]), 'same map as Item(1):', %HaveSameMap(it, items[1]));
}
function Item2(n) {
  this.n = n;
  this.even = n % 2 === 0;
}
console.log('always-set field: Item2(0) vs Item2(1):', %HaveSameMap(new Item2(0), new Item2(1)));
