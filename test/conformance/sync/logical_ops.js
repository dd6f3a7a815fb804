// &&, ||, !, ?? and logical assignment return operands, not booleans.
console.log(1 && 2, 0 && 2, '' || 'default', 'set' || 'default', null ?? 'fallback', 0 ?? 'fallback', '' ?? 'x', false ?? true);
console.log(!0, !'', !'0', ![], !{}, !!NaN, !!document_undefined_check());
function document_undefined_check() {
  return typeof nothing === 'undefined';
}
let calls = 0;
const effect = () => ++calls;
false && effect();
true || effect();
null ?? effect();
1 ?? effect();
console.log('short-circuit calls:', calls);

let a = null;
let b = 0;
let c = 'keep';
a ??= 'was nullish';
b ||= 'was falsy';
c &&= c.toUpperCase();
console.log(a, b, c);

const cfg = { retries: 0, name: '' };
cfg.retries ??= 3;
cfg.name ||= 'anonymous';
cfg.timeout ??= 1000;
console.log(cfg);

let setterCalls = 0;
const guarded = {
  get v() {
    return 'present';
  },
  set v(x) {
    setterCalls++;
  },
};
guarded.v ??= 'never assigned';
console.log(setterCalls);
console.log((null || undefined) ?? 'chained', 0 || null || 'last truthy', 1 && 'a' && 0 && 'never');
