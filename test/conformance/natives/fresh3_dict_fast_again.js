// Does a dictionary-mode object become fast again? Adding properties, copying it,
// and %ToFastProperties.
let o = { a: 1, b: 2, c: 3 };
delete o.b;
console.log('after delete:', %HasFastProperties(o));
for (let i = 0; i < 5; i++) o['k' + i] = i;
console.log('after 5 more:', %HasFastProperties(o));
let copy = Object.assign({}, o);
console.log('Object.assign copy:', %HasFastProperties(copy));
let spread = { ...o };
console.log('spread copy:', %HasFastProperties(spread));
%ToFastProperties(o);
console.log('after %ToFastProperties:', %HasFastProperties(o));
console.log('keys:', Object.keys(o).join(','));
let n = Object.create(null);
n.x = 1;
%ToFastProperties(n);
console.log('null-proto after %ToFastProperties:', %HasFastProperties(n));
