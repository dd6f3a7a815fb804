// `arguments` at the top level: the CommonJS wrapper's (5 arguments) in Node, undefined in a
// classic script (typeof does not throw).
console.log('top level:', typeof arguments);
setTimeout(() => {
  // an arrow sees the enclosing arguments
  console.log('arrow in timer:', typeof arguments, typeof arguments === 'object' ? arguments.length : '-');
}, 0);
Promise.resolve().then(function () {
  console.log('function in then:', typeof arguments, arguments.length);
});
