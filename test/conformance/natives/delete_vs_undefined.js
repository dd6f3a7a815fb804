// Setting a property to undefined keeps the shape; delete changes it.
const a = { x: 1, y: 2 };
const b = { x: 1, y: 2 };
const c = { x: 1, y: 2 };
b.y = undefined;
delete c.y;
console.log('a vs b (y = undefined):', %HaveSameMap(a, b), 'fast', %HasFastProperties(b));
console.log('a vs c (delete y):', %HaveSameMap(a, c), 'fast', %HasFastProperties(c));
console.log('"y" in b:', 'y' in b, '"y" in c:', 'y' in c);
