// An uncaught error stops the script; output before it stays.
console.log('before the error');
function failing() {
  const value = undefined;
  return value.property;
}
failing();
console.log('never printed');
