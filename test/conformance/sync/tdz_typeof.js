// The temporal dead zone: typeof does not protect a let binding, but does protect an undeclared name.
console.log(typeof notDeclaredAnywhere);
try {
  console.log(typeof later);
  let later = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function defaults(a = b, b = 2) {
  return [a, b];
}
try {
  defaults();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(defaults(1));
try {
  new Shape();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Shape {}
{
  const inner = () => value;
  try {
    inner();
  } catch (e) {
    console.log('before:', e.message);
  }
  const value = 'ready';
  console.log('after:', inner());
}
