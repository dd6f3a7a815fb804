// A string as the callback is evaluated as code by browsers; Node rejects it.
try {
  setTimeout('console.log("string callback ran", typeof this)', 0);
  console.log('setTimeout accepted a string');
} catch (e) {
  console.log(e.name, e.code);
}
try {
  setTimeout(42, 0);
  console.log('setTimeout accepted a number');
} catch (e) {
  console.log(e.name, e.code);
}
