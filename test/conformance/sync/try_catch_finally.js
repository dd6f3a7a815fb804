// try/catch/finally: order, rethrow, optional catch binding, nesting.
function run(shouldThrow) {
  const log = [];
  try {
    log.push('try');
    if (shouldThrow) throw new Error('failure');
    log.push('try end');
  } catch (err) {
    log.push('catch ' + err.message);
  } finally {
    log.push('finally');
  }
  return log.join(' > ');
}
console.log(run(false));
console.log(run(true));

try {
  try {
    throw new TypeError('inner');
  } finally {
    console.log('inner finally');
  }
} catch (e) {
  console.log('outer caught', e.name, e.message);
}

try {
  JSON.parse('{');
} catch {
  console.log('optional catch binding');
}

try {
  throw { code: 42 };
} catch (e) {
  console.log('thrown object', e.code);
}
try {
  throw 'a string';
} catch (e) {
  console.log('thrown string', typeof e, e);
}
try {
  throw null;
} catch (e) {
  console.log('thrown null', e);
}

const e = 'outer e';
try {
  throw 'inner e';
} catch (e) {
  console.log(e);
}
console.log(e);

function loop() {
  const out = [];
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      if (i === 2) break;
      out.push('body ' + i);
    } finally {
      out.push('finally ' + i);
    }
  }
  return out;
}
console.log(loop());
