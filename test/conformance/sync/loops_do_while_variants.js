// while, do-while, for with empty parts, and loops that change their own bounds.
let i = 10;
do {
  console.log('do-while runs once even though', i, '> 5');
} while (i < 5);
let n = 0;
while (n < 3) n++;
console.log('while ended at', n);
let count = 0;
for (;;) {
  if (++count === 4) break;
}
console.log('for(;;) broke at', count);
const arr = [1, 2, 3];
for (let k = 0; k < arr.length; k++) {
  if (arr[k] === 2) arr.push(99);
  if (arr.length > 5) break;
}
console.log(arr);
for (let a = 0, b = 10; a < b; a += 3, b -= 3) console.log(a, b);
let s = '';
for (const ch of 'loop') {
  if (ch === 'o') continue;
  s += ch;
}
console.log(s);
let total = 0;
for (let x = 0.1; x < 0.5; x += 0.1) total++;
console.log(total);
