// for, while, do-while, break and continue.
let out = [];
for (let i = 0; i < 5; i++) {
  if (i === 1) continue;
  if (i === 4) break;
  out.push(i);
}
console.log(out);

let n = 0;
while (n < 3) n++;
console.log(n);

let runs = 0;
do {
  runs++;
} while (false);
console.log(runs);

for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);

let k = 0;
for (;;) {
  if (++k > 3) break;
}
console.log(k);

const countdown = [];
for (let i = 3; i > 0; i--) countdown.push(i);
console.log(countdown.join('...') + '...liftoff');

let sum = 0;
for (var v = 1; v <= 100; v++) sum += v;
console.log(sum, v);
