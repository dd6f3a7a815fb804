console.log(typeof a, typeof b, typeof c);
var a = 1;
function b() { return 'b1'; }
var c = function () { return 'c'; };
console.log(b());
function b() { return 'b2'; }
console.log(b(), a, c());
function hoistInside() {
  console.log(x, typeof inner);
  var x = 10;
  function inner() {}
  if (false) { var neverSet = 1; }
  console.log(neverSet, x);
  return x;
}
console.log(hoistInside());
var a;
console.log(a);
var d = 1;
function d() {}
console.log(typeof d);
console.log(typeof e);
var e = function e2() { return typeof e2; };
console.log(e(), typeof e2);
