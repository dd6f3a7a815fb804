// Frozen, sealed and non-extensible arrays: the natives' answers, what writes do, and which
// maps they share.
function flags(a) {
  return `smi=${%HasSmiElements(a)} object=${%HasObjectElements(a)} holey=${%HasHoleyElements(a)} dictionary=${%HasDictionaryElements(a)}`;
}
const f = Object.freeze([1, 2, 3]);
f[0] = 9;
console.log('frozen write ignored:', f[0], flags(f));
const s = Object.seal(['a', 'b']);
s[0] = 'z';
console.log('sealed write:', s[0], flags(s));
try {
  'use strict';
  s.push('c');
} catch (e) {
  console.log(e.constructor.name);
}
const n = Object.preventExtensions([1, 2]);
n[0] = 1.5;
console.log('non-extensible double write:', n[0], flags(n));
console.log('freeze twice same map:', %HaveSameMap(Object.freeze([1]), Object.freeze(Object.freeze([2]))));
console.log('seal vs freeze:', %HaveSameMap(Object.seal([1]), Object.freeze([1])));
const sparse = [];
sparse[5000] = 1;
Object.freeze(sparse);
console.log('frozen sparse:', flags(sparse));
