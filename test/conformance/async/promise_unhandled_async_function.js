// An async function that throws and is not awaited: its promise rejects unhandled.
async function fails() {
  console.log('fails() starts');
  const e = new RangeError('async function failed');
  e.stack = 'RangeError: async function failed\n    at <fixed stack>';
  throw e;
}
fails();
console.log('after the call: no synchronous exception');
