// switch compares with ===, falls through without break, and default may sit anywhere.
function classify(v) {
  const out = [];
  switch (v) {
    case 1:
      out.push('one');
    case '1':
      out.push('string one');
      break;
    default:
      out.push('default');
    case null:
      out.push('null');
      break;
    case undefined:
      out.push('undefined');
  }
  return out.join(',');
}
for (const v of [1, '1', null, undefined, 2, NaN]) console.log(String(v), '->', classify(v));
function grade(score) {
  switch (true) {
    case score >= 90:
      return 'A';
    case score >= 80:
      return 'B';
    default:
      return 'C';
  }
}
console.log(grade(95), grade(85), grade(10));
switch (3) {
  case 3: {
    let scoped = 'block in case';
    console.log(scoped);
  }
}
const x = 'b';
switch (x) {
  case 'a':
  case 'b':
  case 'c':
    console.log('a, b or c');
}
