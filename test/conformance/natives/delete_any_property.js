// Deleting any own named property makes the object a dictionary.
const first = { a: 1, b: 2, c: 3 };
delete first.a;
console.log('delete first: fast', %HasFastProperties(first), Object.keys(first).join(','));
const middle = { a: 1, b: 2, c: 3 };
delete middle.b;
console.log('delete middle: fast', %HasFastProperties(middle), Object.keys(middle).join(','));
const last = { a: 1, b: 2, c: 3 };
delete last.c;
console.log('delete last: fast', %HasFastProperties(last), Object.keys(last).join(','));
const missing = { a: 1 };
console.log('delete missing returns', delete missing.zzz, 'fast', %HasFastProperties(missing));
const readd = { a: 1, b: 2 };
delete readd.b;
readd.b = 2;
console.log('delete then re-add: fast', %HasFastProperties(readd), Object.keys(readd).join(','));
