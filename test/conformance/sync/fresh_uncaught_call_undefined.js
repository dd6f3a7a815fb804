// An uncaught TypeError from calling something that is not a function.
const api = { version: 2 };
console.log('calling', api.version);
function run() {
  return api.start();
}
run();
console.log('unreachable');
