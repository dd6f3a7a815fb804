// Seed: 003_0e30785ba16da02a.txt, The Call Stack (printSquare calls multiply).
function multiply(x, y) {
  return x * y;
}
function printSquare(x) {
  var s = multiply(x, x);
  console.log(s);
}
printSquare(5);
