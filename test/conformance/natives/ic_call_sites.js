// record: ic
// Method calls o.run(): the property load of run is a LoadIC; the call's own feedback (target
// function) is not logged by --log-ic. Three receivers with different methods.
const a = { run() { return 1; } };
const b = { run() { return 2; } };
const c = { run: () => 3 };
function call(o) {
  return o.run();
}
let r = 0;
for (let i = 0; i < 200; i++) r += call(a);
for (let i = 0; i < 200; i++) r += call(b);
for (let i = 0; i < 200; i++) r += call(c);
console.log(r);
