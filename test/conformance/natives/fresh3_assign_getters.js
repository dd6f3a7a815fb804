// Object.assign and spread copy a getter's value into a data property: fast copies,
// whose maps match a literal of the same keys.
let src = {
  a: 1,
  get b() {
    return 2;
  }
};
let copy = Object.assign({}, src);
let spread = { ...src };
console.log('src fast:', %HasFastProperties(src));
console.log('copy fast:', %HasFastProperties(copy), 'spread fast:', %HasFastProperties(spread));
console.log('copy vs spread:', %HaveSameMap(copy, spread));
let lit = {};
lit.a = 1;
lit.b = 2;
console.log('copy vs {} + a + b:', %HaveSameMap(copy, lit));
console.log('spread vs {a, b} literal:', %HaveSameMap(spread, { a: 1, b: 2 }));
console.log(JSON.stringify(copy), Object.getOwnPropertyDescriptor(copy, 'b').value);
