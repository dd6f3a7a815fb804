// Throwing a string: Node prints it with the source line and no stack.
console.log('before');
function fail(reason) {
  throw 'failed: ' + reason;
}
fail('disk full');
