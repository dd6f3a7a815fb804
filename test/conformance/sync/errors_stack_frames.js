// The first lines of Error.prototype.stack: the message line and the innermost frames.
function level3() {
  return new Error('deep problem');
}
function level2() {
  return level3();
}
function level1() {
  return level2();
}
const lines = level1().stack.split('\n');
console.log(lines[0]);
console.log(lines.slice(1, 4).map((l) => l.trim().split(' (')[0]));
class Widget {
  render() {
    throw new TypeError('cannot render');
  }
}
try {
  new Widget().render();
} catch (e) {
  const s = e.stack.split('\n');
  console.log(s[0], '|', s[1].trim().split(' (')[0]);
}
const arrow = () => {
  throw new RangeError('from arrow');
};
try {
  [1].forEach(arrow);
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 3).map((l) => l.trim().split(' (')[0]));
}
const custom = new Error('msg');
custom.name = 'Renamed';
console.log(custom.stack.split('\n')[0], String(custom));
