// Prefix and postfix increment/decrement, compound assignment.
let i = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
let s = '5';
s++;
console.log(s, typeof s);
let u;
u++;
console.log(u);
let n = null;
n++;
console.log(n);
const arr = [1, 2];
let k = 0;
arr[k++] += 10;
console.log(arr, k);
let x = 10;
x += 5;
x -= 3;
x *= 2;
x /= 4;
x %= 4;
console.log(x);
let str = 'a';
str += 1;
str += [2, 3];
console.log(str);
const obj = { v: 1 };
obj.v++;
obj['v'] *= 10;
console.log(obj.v);
let big = 10n;
big++;
console.log(big, typeof big);
try {
  const c = 1;
  c++;
} catch (e) {
  console.log(e.message);
}
