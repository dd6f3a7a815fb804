// Object.assign and spread of objects with many properties: fast or slow copies.
let src = {};
for (let i = 0; i < 30; i++) src['k' + i] = i;
let copy = Object.assign({}, src);
let spread = { ...src };
console.log('src', %HasFastProperties(src));
console.log('assign', %HasFastProperties(copy));
console.log('spread', %HasFastProperties(spread));
let small = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };
let smallCopy = Object.assign({}, small);
let smallSpread = { ...small };
console.log('small', %HasFastProperties(smallCopy), %HasFastProperties(smallSpread), %HaveSameMap(small, smallSpread));
let parsed = JSON.parse(JSON.stringify(src));
console.log('json', %HasFastProperties(parsed));
