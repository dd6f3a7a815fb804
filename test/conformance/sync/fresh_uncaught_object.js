// Throwing a plain object literal.
console.log('about to throw an object');
const problem = { code: 'E_BAD', details: { line: 3, hints: ['a', 'b'] } };
throw problem;
