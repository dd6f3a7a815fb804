// Named stores (o.p = v) never hit the keyed-store limit; the object stays fast until the
// descriptor array is full (1020 descriptors), whether the fields stay constant or are
// overwritten with doubles. The generated code uses named stores only.
function namedAddsUntilDictionary(prefix, count, mutate) {
  const body = ['const o = {};'];
  for (let i = 0; i < count; i++) {
    body.push(`o.${prefix}${i} = ${i};`);
    if (mutate) body.push(`o.${prefix}${i} = ${i + 0.5};`);
    body.push(`if (!%HasFastProperties(o)) return ${i + 1};`);
  }
  body.push('return -1;');
  return new Function(body.join('\n'))();
}
console.log('named adds (const fields): dictionary at add', namedAddsUntilDictionary('c', 1100, false));
console.log('named adds (mutable double fields): dictionary at add', namedAddsUntilDictionary('m', 1100, true));
const k = {};
let i = 0;
for (; i < 1100; i++) { k['k' + i] = i; if (!%HasFastProperties(k)) break; }
console.log('keyed adds: dictionary at add', i + 1);
