// Deleting a symbol-keyed property normalizes too; deleting an indexed property touches only
// the elements (a plain object's elements are HOLEY_ELEMENTS from the start) and leaves the
// named properties fast.
const s = Symbol('s');
const a = { x: 1, [s]: 2 };
delete a[s];
console.log('delete symbol: fast', %HasFastProperties(a));
const b = { x: 1, 0: 'a', 1: 'b', 2: 'c' };
console.log('b before: fast', %HasFastProperties(b), 'holey', %HasHoleyElements(b));
delete b[1];
console.log('delete b[1]: fast', %HasFastProperties(b), 'holey', %HasHoleyElements(b), 'dictionary elements', %HasDictionaryElements(b));
