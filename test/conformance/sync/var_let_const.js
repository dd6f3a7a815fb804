// var, let and const: declaration, reassignment and redeclaration rules.
var a = 1;
var a = 2; // var may be redeclared
let b = 3;
b = 4;
const c = 5;
console.log(a, b, c);
try {
  c = 6;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const obj = { n: 1 };
obj.n = 2; // the binding is constant, the object is not
console.log(obj.n);
let u;
var v;
console.log(u, v, typeof u, typeof undeclared);
for (const x of [1, 2]) console.log('const in for-of', x);
