function* idGen(prefix) {
  let i = 0;
  while (true) {
    const reset = yield `${prefix}-${i++}`;
    if (reset) i = 0;
  }
}
const g = idGen('u');
console.log(g.next().value, g.next().value, g.next(true).value, g.next().value);
function* range(a, b, step = 1) { for (let i = a; i < b; i += step) yield i; }
console.log([...range(0, 10, 3)], Array.from(range(1, 4), x => x * x));
function* inner() { const r = yield 'i1'; console.log('inner got', r); return 'inner-done'; }
function* outer() { const res = yield* inner(); console.log('delegate returned', res); yield 'o1'; }
const o = outer();
console.log(o.next('ignored'), o.next('hello'), o.next(), o.next());
function* withFinally() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
for (const v of withFinally()) { console.log('v', v); break; }
const wf = withFinally();
wf.next();
console.log(wf.return(99), wf.next());
const t = withFinally();
t.next();
try { t.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
console.log(Object.prototype.toString.call(g), typeof g.next, g[Symbol.iterator]() === g);
console.log(g, idGen);
