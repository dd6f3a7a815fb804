// A top-level function declaration called through globalThis from a timer.
function greet() {
  return 'hello from greet';
}
setTimeout(() => {
  console.log(typeof globalThis.greet);
  try {
    console.log(globalThis.greet());
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}, 0);
