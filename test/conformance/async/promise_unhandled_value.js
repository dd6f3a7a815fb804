// An unhandled rejection with a non-Error value.
Promise.reject(42);
setTimeout(() => console.log('timer after the rejection'), 0);
