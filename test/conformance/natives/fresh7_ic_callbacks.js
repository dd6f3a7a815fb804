// Loads inside callbacks: the notes' myArray / handlerArray forEach (2.x callbacks), and map /
// reduce over an array of points whose callbacks load p.x and p.y.
// record: ic
let myArray = ['water', 'goods', '123', 'like'];
let out = [];
function handlerArray(indexName, index) {
  out.push(index + 1 + '. ' + indexName.length);
}
myArray.forEach(handlerArray);
let points = [];
for (let i = 0; i < 12; i++) {
  points.push({ x: i, y: i * 2 });
}
function getX(p) {
  return p.x;
}
function addY(acc, p) {
  return acc + p.y;
}
let xs = points.map(getX);
let sum = points.reduce(addY, 0);
points.push({ y: 1, x: 2 });
console.log(out.join(','), xs.length, sum, points.map(getX).length);
