// let in a for loop makes a fresh binding per iteration; var shares one.
const withLet = [];
for (let i = 0; i < 3; i++) {
  withLet.push(() => i);
}
const withVar = [];
for (var j = 0; j < 3; j++) {
  withVar.push(() => j);
}
console.log(withLet.map((f) => f()), withVar.map((f) => f()));
const fromOf = [];
for (const x of ['a', 'b']) {
  fromOf.push(() => x);
}
console.log(fromOf.map((f) => f()).join(''));
const fromIn = [];
for (const k in { p: 1, q: 2 }) {
  fromIn.push(() => k);
}
console.log(fromIn.map((f) => f()));
let counter = 0;
for (let n = 0; n < 3; n++) {
  counter += n;
  n += 0;
}
console.log(counter, typeof n);
try {
  for (const c = 0; c < 2; c++) {}
} catch (e) {
  console.log(e.constructor.name, e.message);
}
