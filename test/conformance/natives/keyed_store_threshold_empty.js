// Properties added to {} with keyed stores (o[k] = v, k computed): find the add after which the
// object is a dictionary. {} has 4 in-object slots; the rest go to the PropertyArray.
const o = {};
let n = 0;
for (let i = 0; i < 100; i++) {
  o['k' + i] = i;
  if (!%HasFastProperties(o)) { n = i + 1; break; }
}
console.log('dictionary after keyed add number', n);
const fastUntil = {};
for (let i = 0; i < n - 1; i++) fastUntil['k' + i] = i;
console.log(`${n - 1} keyed adds: fast`, %HasFastProperties(fastUntil));
fastUntil['k' + (n - 1)] = 0;
console.log(`${n} keyed adds: fast`, %HasFastProperties(fastUntil));
