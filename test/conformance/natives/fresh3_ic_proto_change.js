// record: ic
// A method loaded through F.prototype, before and after another method is added to the prototype.
function F() {
  this.x = 1;
}
F.prototype.get = function () {
  return this.x;
};
function call(o) {
  return o.get();
}
let f = new F();
for (let i = 0; i < 12; i++) call(f);
F.prototype.other = function () {};
for (let i = 0; i < 3; i++) call(f);
console.log(call(f));
