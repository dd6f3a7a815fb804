// Throwing a number and a boolean-like value: Node prints the value itself.
function check(code) {
  if (code !== 0) throw code;
}
check(0);
console.log('first check passed');
check(404);
