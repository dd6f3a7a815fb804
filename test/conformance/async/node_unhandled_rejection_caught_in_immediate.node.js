// A handler attached in an immediate is too late: Node reports the rejection (uncaught) and
// exits with 1 before the check phase.
process.on('exit', (code) => console.log('exit code', code));
const err = new Error('too late');
err.stack = 'Error: too late\n    at <fixed stack>';
const p = Promise.reject(err);
setImmediate(() => {
  console.log('never: immediate');
  p.catch(() => {});
});
