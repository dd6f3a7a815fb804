// `var name` at the top level: in a classic script it is window.name, an accessor that turns
// every value into a string; in a CommonJS module it is a plain module-local variable.
var name = 42;
var plain = 42;
setTimeout(() => {
  console.log('name:', typeof name, name);
  console.log('plain:', typeof plain, plain);
}, 0);
Promise.resolve().then(() => console.log('in then:', typeof name, typeof plain));
