// switch: strict comparison, fall-through, default anywhere, block scoping.
function classify(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('one or two');
      break;
    default:
      out.push('default');
    case 3:
      out.push('three (or fell from default)');
      break;
    case '1':
      out.push('string one');
  }
  return out.join(', ');
}
for (const v of [1, 2, 3, 4, '1', true]) console.log(JSON.stringify(v), '->', classify(v));

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

switch (NaN) {
  case NaN:
    console.log('NaN matched');
    break;
  default:
    console.log('NaN never matches a case');
}

const key = 'b';
switch (key) {
  case 'a': {
    const msg = 'block a';
    console.log(msg);
    break;
  }
  case 'b': {
    const msg = 'block b';
    console.log(msg);
    break;
  }
}
