// The first line of e.stack is "Name: message".
function thrower() {
  null.prop;
}
try {
  thrower();
} catch (e) {
  console.log(e.stack.split('\n')[0]);
  console.log(typeof e.stack, e.stack.split('\n').length > 1);
}
const custom = new RangeError('custom');
console.log(custom.stack.split('\n')[0]);
const renamed = new Error('renamed later');
renamed.name = 'Later';
console.log(renamed.stack.split('\n')[0], '/', String(renamed));
const empty = new TypeError();
console.log(JSON.stringify(empty.stack.split('\n')[0]));
class Named extends Error {
  get name() {
    return 'NamedError';
  }
}
console.log(new Named('from getter').stack.split('\n')[0]);
