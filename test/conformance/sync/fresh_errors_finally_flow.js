function f(n) {
  const log = [];
  try {
    log.push('try');
    if (n === 1) throw new Error('one');
    if (n === 2) return 'returned';
    log.push('after');
  } catch (e) {
    log.push('catch ' + e.message);
    return log.join(',') + ' (from catch)';
  } finally {
    log.push('finally');
    console.log('finally saw', log.join(','));
  }
  return log.join(',');
}
console.log(f(0));
console.log(f(1));
console.log(f(2));
function override() { try { return 'try'; } finally { return 'finally'; } }
console.log(override());
function nested() {
  try { try { throw new TypeError('inner'); } finally { console.log('inner finally'); } }
  catch (e) { console.log('outer caught', e.name); throw new RangeError('rethrown', { cause: e }); }
}
try { nested(); } catch (e) { console.log(e.name, e.message, e.cause.message); }
const loopLog = [];
for (let i = 0; i < 3; i++) { try { if (i === 1) continue; loopLog.push(i); } finally { loopLog.push('f' + i); } }
console.log(loopLog.join(' '));
try { null.x; } catch ({ name, message }) { console.log(name, '-', message); }
try { throw 42; } catch { console.log('optional catch binding'); }
