// An uncaught error thrown inside nested calls ends the program after earlier output.
console.log('before');
function parse(text) {
  if (!text.startsWith('{')) {
    throw new TypeError('not an object: ' + text);
  }
  return text.length;
}
function load() {
  return parse('{"ok": true}') && parse('not json');
}
load();
console.log('never printed');
