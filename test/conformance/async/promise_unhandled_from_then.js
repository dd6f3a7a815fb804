// A throw inside a then callback with no handler downstream is an unhandled rejection too.
Promise.resolve('v').then((v) => {
  console.log('then', v);
  const e = new TypeError('thrown in then');
  e.stack = 'TypeError: thrown in then\n    at <fixed stack>';
  throw e;
});
