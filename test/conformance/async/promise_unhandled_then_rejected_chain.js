// Only the end of a chain counts: the rejection travels down and the last promise is unhandled.
const e = new Error('end of chain');
e.stack = 'Error: end of chain\n    at <fixed stack>';
Promise.reject(e)
  .then(() => console.log('skipped 1'))
  .then(() => console.log('skipped 2'))
  .finally(() => console.log('finally runs'));
