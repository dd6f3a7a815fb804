// The classic var-in-loop closure problem and three fixes: let, IIFE, and bind.
const withVar = [];
for (var i = 0; i < 3; i++) withVar.push(function () { return i; });
const withIife = [];
for (var j = 0; j < 3; j++) {
  (function (k) {
    withIife.push(function () { return k; });
  })(j);
}
const withLet = [];
for (let m = 0; m < 3; m++) withLet.push(() => m);
const withBind = [];
for (var n = 0; n < 3; n++) withBind.push(function (x) { return x; }.bind(null, n));
console.log(withVar.map((f) => f()), withIife.map((f) => f()), withLet.map((f) => f()), withBind.map((f) => f()));
console.log(i, j, typeof m, n);
let x = 0;
const fns = [];
while (x < 3) {
  const captured = x;
  fns.push(() => captured);
  x++;
}
console.log(fns.map((f) => f()));
