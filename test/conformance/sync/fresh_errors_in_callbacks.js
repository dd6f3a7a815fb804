const results = [1, 2, 3, 4].map(n => {
  try {
    if (n % 2 === 0) throw new Error(`even ${n}`);
    return `ok ${n}`;
  } catch (e) {
    return `caught ${e.message}`;
  }
});
console.log(results);
function safe(fn, ...args) { try { return [null, fn(...args)]; } catch (e) { return [e, null]; } }
console.log(safe(JSON.parse, '{"a":1}'), safe(JSON.parse, '{oops}')[0].name);
const [err] = safe(() => undefined.prop);
console.log(err instanceof TypeError, err.message);
try { [1, 2].forEach(x => { if (x === 2) throw new RangeError('stop at ' + x); console.log('each', x); }); } catch (e) { console.log(e.name, e.message); }
try { [3, 1, 2].sort(() => { throw new Error('in comparator'); }); } catch (e) { console.log(e.message); }
try { JSON.stringify({ get bad() { throw new SyntaxError('getter threw'); } }); } catch (e) { console.log(e.name, e.message); }
try { new Map([1]); } catch (e) { console.log(e.name, e.message); }
try { [].reduceRight(() => {}); } catch (e) { console.log(e.name, e.message); }
try { 'abc'.localeCompare(); console.log('no throw'); } catch (e) { console.log(e.message); }
