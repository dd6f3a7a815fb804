// kMaxGap: a store at index i on an array whose backing store has capacity c goes to dictionary
// elements when i - c >= 1024. The capacity, not the length, counts: after push() the
// capacity is larger than the length.
function kind(a) {
  if (%HasDictionaryElements(a)) return 'DICTIONARY_ELEMENTS';
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  if (%HasSmiElements(a)) return holey + '_SMI_ELEMENTS';
  if (%HasDoubleElements(a)) return holey + '_DOUBLE_ELEMENTS';
  if (%HasObjectElements(a)) return holey + '_ELEMENTS';
  return 'other';
}

for (const gap of [1022, 1023, 1024, 1025]) {
  const e = [];
  e[gap] = 1;
  console.log(`[][${gap}] = 1:`, kind(e));
}
for (const gap of [1023, 1024]) {
  const a = [1, 2, 3];
  a[3 + gap] = 1;
  console.log(`[1,2,3][3 + ${gap}] = 1:`, kind(a));
}
for (const idx of [4 + 1024, 22 + 1023, 22 + 1024]) {
  const a = [1, 2, 3];
  a.push(4);
  a[idx] = 1;
  console.log(`[1,2,3].push(4), a[${idx}] = 1:`, kind(a));
}
for (const gap of [1023, 1024]) {
  const a = new Array(100);
  a[100 + gap] = 1;
  console.log(`new Array(100)[100 + ${gap}] = 1:`, kind(a));
}
