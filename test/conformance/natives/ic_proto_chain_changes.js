// record: ic
// A load through the prototype chain (o.greet found on the prototype), then the prototype
// gets a new property: the handler's chain check fails and the IC recomputes its handler.
function Greeter() {}
Greeter.prototype.greet = function () { return 'hi'; };
function call(o) {
  return o.greet;
}
const g = new Greeter();
let f;
for (let i = 0; i < 50; i++) f = call(g);
Greeter.prototype.other = 1;
for (let i = 0; i < 50; i++) f = call(g);
console.log(typeof f);
