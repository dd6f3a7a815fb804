// Allocation-site feedback: a function returning the same literal [1,2,3]; after one of its
// arrays takes a double (or an object), the next arrays from that site start in the more general
// kind. A different literal site is not affected.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
function make() {
  return [1, 2, 3];
}
function other() {
  return [1, 2, 3];
}
let first = make();
console.log('first', kind(first));
first.push(1.5);
console.log('first after push', kind(first));
let second = make();
console.log('second', kind(second));
second[0] = 'x';
let third = make();
console.log('third', kind(third));
console.log('other', kind(other()));
function makeEmpty() {
  return [];
}
let e1 = makeEmpty();
e1.push(0.5);
let e2 = makeEmpty();
console.log('empty site', kind(e1), kind(e2));
function makeInLoop() {
  let list = [];
  for (let i = 0; i < 3; i++) list.push([i, i + 1]);
  list[0].push(0.25);
  return list;
}
makeInLoop();
let l = makeInLoop();
console.log('loop site', kind(l[0]), kind(l[1]), kind(l[2]));
