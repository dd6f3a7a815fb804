function classify(v) {
  switch (typeof v) {
    case 'number':
      if (Number.isNaN(v)) return 'nan';
    case 'bigint':
      return 'numeric';
    case 'string':
    case 'symbol':
      return 'textish';
    default:
      return 'other:' + typeof v;
    case 'undefined':
      return 'nothing';
  }
}
console.log([1, NaN, 2n, 's', Symbol(), undefined, null, {}, () => 1].map(classify));
function grade(score) {
  switch (true) {
    case score >= 90: return 'A';
    case score >= 80: return 'B';
    case score >= 70: return 'C';
    default: return 'F';
  }
}
console.log([95, 85, 72, 10].map(grade).join(''));
const log = [];
for (const x of [1, 2, 3, 4]) {
  switch (x) {
    case 1: log.push('one');
    case 2: log.push('two'); break;
    case '3': log.push('string three'); break;
    default: log.push('default ' + x);
  }
}
console.log(log);
switch (NaN) { case NaN: console.log('nan matched'); break; default: console.log('nan never matches'); }
