// The catch parameter is block scoped; optional catch binding; catching non-Error values.
var e = 'outer';
try {
  throw 'inner';
} catch (e) {
  var e = 'assigned in catch';
  console.log(e);
}
console.log(e);
try {
  JSON.parse('{bad json}');
} catch {
  console.log('optional binding: parse failed');
}
const thrown = [42, 'text', null, undefined, { code: 7 }, [1, 2], Symbol('s')];
for (const v of thrown) {
  try {
    throw v;
  } catch (err) {
    console.log(typeof err, err instanceof Error, String(err === v));
  }
}
try {
  try {
    null.x;
  } catch ({ name, message }) {
    console.log(name, '|', message);
    throw name;
  }
} catch (again) {
  console.log('rethrown:', again);
}
