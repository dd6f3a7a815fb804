// Seed: 002_c52e49598bf4ced6.txt, 3.7 内联缓存 (STORE, CALL and LOAD feedback)
// record: ic
// The notes' second loadX stores o.y, calls foo() and loads o.x. In Node the program is a
// CommonJS module, so foo is a local of the module function, not a global: there is no
// LoadGlobalIC for it. Call feedback is not part of --log-ic.
function foo() {}
function loadX(o) {
  o.y = 4;
  foo();
  return o.x;
}
loadX({ x: 1, y: 4 });
// Added: call it often enough for loadX to get a feedback vector, with the same shape.
for (let i = 0; i < 100; i++) loadX({ x: i, y: 4 });
console.log(loadX({ x: 1, y: 4 }));
