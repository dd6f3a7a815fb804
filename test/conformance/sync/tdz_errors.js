// The temporal dead zone: let/const/class bindings exist but cannot be touched before their declaration runs.
try {
  console.log(x);
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
let x = 1;
console.log(x);

function f() {
  try {
    return typeof y; // typeof does not protect a binding in its TDZ
  } catch (e) {
    return e.constructor.name + ': ' + e.message;
  }
  let y;
}
console.log(f());

try {
  const z = z + 1;
} catch (e) {
  console.log(e.message);
}

{
  try {
    inner();
  } catch (e) {
    console.log(e.message);
  }
  let later = 'ready';
  function inner() {
    return later;
  }
  console.log(inner());
}

try {
  new K();
} catch (e) {
  console.log(e.name, e.message);
}
class K {}
console.log(typeof K);
