// Function declarations are hoisted with their body; function expressions are not.
console.log(declared(2));
function declared(n) {
  return n * 10;
}

console.log(typeof expressed);
try {
  expressed();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
var expressed = function () {
  return 'expression';
};
console.log(expressed());

try {
  arrow();
} catch (e) {
  console.log(e.message);
}
let arrow = () => 'arrow';
console.log(arrow());

// A later declaration of the same name wins.
function twice() {
  return 'first';
}
console.log(twice());
function twice() {
  return 'second';
}

// Named function expressions: the name is visible only inside.
const fact = function inner(n) {
  return n <= 1 ? 1 : n * inner(n - 1);
};
console.log(fact(5), typeof inner);
