// Rest parameters collect the remaining arguments into a real array.
function sum(...numbers) {
  return numbers.reduce((a, b) => a + b, 0);
}
console.log(sum(), sum(1), sum(1, 2, 3, 4));

function first(head, ...tail) {
  return [head, tail, Array.isArray(tail), tail.length];
}
console.log(first(1, 2, 3));
console.log(first());

const arrowRest = (...xs) => xs.map((x) => x * 2);
console.log(arrowRest(1, 2, 3));
console.log(((a, ...b) => 0).length);

function tagged(strings, ...values) {
  return values;
}
console.log(tagged`a${1}b${2}c`);
