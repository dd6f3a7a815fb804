// Default parameter values.
function greet(name = 'stranger', greeting = 'Hello') {
  return greeting + ', ' + name + '!';
}
console.log(greet());
console.log(greet('Ada'));
console.log(greet(undefined, 'Hi'));
console.log(greet(null));

function later(a, b = a * 2, c = a + b) {
  return [a, b, c];
}
console.log(later(1), later(1, 1), later(1, undefined, 0));

let calls = 0;
function counted(x = ++calls) {
  return x;
}
console.log(counted(), counted(), counted(10), calls);

function withLength(a, b = 1, c) {}
console.log(withLength.length);

try {
  (function (a = b, b = 1) {})();
} catch (e) {
  console.log(e.message);
}

function defaultsAndArguments(a = 1) {
  a = 99;
  return [a, arguments[0], arguments.length];
}
console.log(defaultsAndArguments(5));
