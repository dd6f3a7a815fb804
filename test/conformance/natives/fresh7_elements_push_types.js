// push of values of different types, one array per starting literal: Smi → double → object,
// and an object array that gets numbers pushed (it stays object). Popping does not go back.
function kind(a) {
  if (%HasDictionaryElements(a)) return "DICTIONARY_ELEMENTS";
  let holey = %HasHoleyElements(a) ? "HOLEY_" : "PACKED_";
  if (%HasSmiElements(a)) return holey + "SMI_ELEMENTS";
  if (%HasDoubleElements(a)) return holey + "DOUBLE_ELEMENTS";
  if (%HasObjectElements(a)) return holey + "ELEMENTS";
  return "OTHER";
}
let a = [];
console.log('empty', kind(a));
a.push(1);
console.log('push 1', kind(a));
a.push(2.5);
console.log('push 2.5', kind(a));
a.push(true);
console.log('push true', kind(a));
a.pop();
a.pop();
console.log('pop pop', kind(a), a.length);
let b = [1.1, 2.2];
b.push(3);
console.log('double push 3', kind(b));
b.push({});
console.log('double push {}', kind(b));
let c = ['a'];
c.push(1, 2, 3);
console.log('object push smis', kind(c));
let d = [1, 2];
d.push(null);
console.log('smi push null', kind(d));
let e = [1, 2];
e.unshift(0.5);
console.log('unshift 0.5', kind(e));
