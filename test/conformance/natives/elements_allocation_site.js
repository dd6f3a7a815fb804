// Allocation-site feedback: once a function has a feedback vector, each array literal's site
// remembers the most general elements kind an array from it moved to while still young, and the
// literal's later arrays start there (nested literals have sites of their own; `[]` too). The
// arrays made before the vector existed carry no memento.
function kind(a) {
  const holey = %HasHoleyElements(a) ? 'HOLEY_' : 'PACKED_';
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  if (%HasSmiElements(a)) return holey + 'SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + 'DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + 'ELEMENTS';
  return '?';
}
function cold() { return [1, 2, 3]; }
const c1 = cold(); c1.push(1.5);
console.log('cold:', kind(c1), kind(cold()));
function mk() { return [1, 2, 3]; }
for (let i = 0; i < 20; i++) mk();
const a = mk(); a.push(1.5);
const b = mk();
console.log('double:', kind(a), kind(b), %HaveSameMap(a, b));
const c = mk(); c.push('x');
console.log('object:', kind(c), kind(mk()));
const e = mk(); e[10] = 1;
console.log('holey:', kind(e), kind(mk()));
function empty() { return []; }
for (let i = 0; i < 20; i++) empty();
const f = empty(); f.push(1.5);
console.log('empty:', kind(f), kind(empty()));
function nested() { return [[1, 2], 3]; }
for (let i = 0; i < 20; i++) nested();
const n = nested(); n[0].push(1.5);
console.log('nested:', kind(nested()[0]), kind(nested()));
