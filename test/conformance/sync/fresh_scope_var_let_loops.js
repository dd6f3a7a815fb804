var out = [];
for (var i = 0; i < 3; i++) setTimeout === undefined || out.push(() => i);
console.log(out.map(f => f()), i);
out = [];
for (let j = 0; j < 3; j++) out.push(() => j);
console.log(out.map(f => f()), typeof j);
out = [];
for (let k = 0; k < 3; k++) { out.push(() => k); k++; }
console.log(out.map(f => f()));
out = [];
let n = 0;
while (n < 3) { const m = n * 10; out.push(() => m); n++; }
console.log(out.map(f => f()));
out = [];
for (const key in { a: 1, b: 2 }) out.push(() => key);
console.log(out.map(f => f()));
out = [];
for (const [idx, v] of ['x', 'y'].entries()) out.push(() => idx + v);
console.log(out.map(f => f()));
var hoistMe = 'before';
{ var hoistMe = 'block'; let blockOnly = 1; }
console.log(hoistMe, typeof blockOnly);
if (true) { var fromIf = 'if-var'; }
console.log(fromIf);
