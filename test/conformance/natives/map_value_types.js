// Literal maps depend on names and order, and also on what kind of values the boilerplate
// holds (field representation: Smi, Double, HeapObject, Tagged).
const smi = { v: 1 };
const smi2 = { v: 2 };
const dbl = { v: 1.5 };
const str = { v: 'a' };
const obj = { v: {} };
const nul = { v: null };
const und = { v: undefined };
console.log('smi vs smi:', %HaveSameMap(smi, smi2));
console.log('smi vs double:', %HaveSameMap(smi, dbl));
console.log('smi vs string:', %HaveSameMap(smi, str));
console.log('string vs object:', %HaveSameMap(str, obj));
console.log('null vs undefined:', %HaveSameMap(nul, und));
console.log('object vs null:', %HaveSameMap(obj, nul));
console.log('is 1 a Smi:', %IsSmi(smi.v), 'is 1.5 a Smi:', %IsSmi(dbl.v));
