// The order of try, catch and finally, and how finally's return overrides everything.
const log = [];
function f() {
  try {
    log.push('try');
    return log.push('return expr');
  } finally {
    log.push('finally');
  }
}
console.log(f(), log);
function override() {
  try {
    throw new Error('lost');
  } finally {
    return 'finally wins';
  }
}
console.log(override());
function nested() {
  try {
    try {
      throw new TypeError('inner');
    } finally {
      console.log('inner finally');
    }
  } catch (e) {
    console.log('outer catch', e.name);
    throw new RangeError('rethrown');
  } finally {
    console.log('outer finally');
  }
}
try {
  nested();
} catch (e) {
  console.log(e.name, e.message);
}
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    console.log('body', i);
  } finally {
    console.log('finally', i);
  }
}
