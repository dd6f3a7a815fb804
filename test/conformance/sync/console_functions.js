// console.log of functions and classes.
function named(a, b) {
  return a + b;
}
class A {}
class B extends A {
  method() {}
}
const arrow = (x) => x * 2;
const anon = function () {};
console.log(named);
console.log(arrow);
console.log(anon);
console.log(A);
console.log(B);
console.log(class {});
console.log(function* gen() {});
console.log(async function asyncFn() {});
console.log(async () => {});
console.log([named, arrow, A]);
console.log({ named, method() {}, arrow: () => 1 });
console.log(Math.max);
console.log(new B().method);
named.extra = 'property';
console.log(named);
