// An error thrown in a then callback; its message and name survive, the stack is not printed.
Promise.resolve()
  .then(() => {
    null.x;
  })
  .catch((e) => console.log(e.name + ': ' + e.message));
Promise.resolve()
  .then(() => {
    undefinedFunction();
  })
  .catch((e) => console.log(e.name + ': ' + e.message));
Promise.resolve()
  .then(() => {
    throw 'a string';
  })
  .catch((e) => console.log('thrown value:', e, typeof e));
