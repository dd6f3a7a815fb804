// An uncaught Error with a cause: Node prints the cause too.
function readConfig() {
  try {
    JSON.parse('{ not json');
  } catch (err) {
    throw new Error('config is broken', { cause: err });
  }
}
console.log('reading');
readConfig();
