// Closures in loops: var shares one binding, let creates one per iteration.
var fromVar = [];
for (var i = 0; i < 3; i++) {
  fromVar.push(function () {
    return i;
  });
}
console.log(fromVar.map((f) => f()));

var fromLet = [];
for (let j = 0; j < 3; j++) {
  fromLet.push(() => j);
}
console.log(fromLet.map((f) => f()));

var fromIIFE = [];
for (var k = 0; k < 3; k++) {
  (function (k) {
    fromIIFE.push(() => k);
  })(k);
}
console.log(fromIIFE.map((f) => f()));

const fromForOf = [];
for (const v of ['a', 'b', 'c']) {
  fromForOf.push(() => v);
}
console.log(fromForOf.map((f) => f()).join(''));

// The per-iteration copy is taken before the update expression runs.
const seen = [];
for (let n = 0; n < 3; n++) {
  seen.push(() => n);
  n += 0;
}
console.log(seen.map((f) => f()));
