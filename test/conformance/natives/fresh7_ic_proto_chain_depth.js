// Loads that find the property on the prototype chain at depth 0, 1 and 2 (Object.create
// chains), and a load that walks the whole chain to Object.prototype (toString).
// record: ic
let base = { kind: 'base', greet() { return 'hi'; } };
let mid = Object.create(base);
mid.level = 1;
let leaf = Object.create(mid);
leaf.own = 2;
function getKind(o) {
  return o.kind;
}
function getToString(o) {
  return o.toString;
}
for (let i = 0; i < 12; i++) {
  getKind(leaf);
  getToString(leaf);
}
getKind(mid);
getKind(base);
getToString({});
console.log(getKind(leaf), typeof getToString(mid), leaf.greet());
