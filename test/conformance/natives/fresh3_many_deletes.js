// Many deletes and adds: a dictionary stays a dictionary; a fresh object of the same keys is fast.
let o = {};
for (let i = 0; i < 10; i++) o['p' + i] = i;
console.log('10 keyed adds:', %HasFastProperties(o));
for (let i = 0; i < 10; i += 2) delete o['p' + i];
console.log('after 5 deletes:', %HasFastProperties(o), Object.keys(o).join(','));
for (let i = 0; i < 10; i += 2) o['p' + i] = i;
console.log('re-added:', %HasFastProperties(o), Object.keys(o).join(','));
let copy = {};
for (const k of Object.keys(o)) copy[k] = o[k];
console.log('rebuilt copy fast:', %HasFastProperties(copy));
let c2 = Object.fromEntries(Object.entries(o));
console.log('fromEntries copy fast:', %HasFastProperties(c2), %HaveSameMap(copy, c2));
