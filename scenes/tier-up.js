function getX(o) {
  return o.x;
}
let sum = 0;
for (let i = 0; i < 60; i++) {
  sum += getX({ x: i });
}
console.log('sum:', sum);
console.log('new shape:', getX({ y: 0, x: 1 }));
