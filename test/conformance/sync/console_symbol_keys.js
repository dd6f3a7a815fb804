// console.log of objects with symbol keys and non-enumerable properties.
const obj = { regular: 1, [Symbol('tag')]: 'symbol value', [Symbol.iterator]: null };
console.log(obj);
const hidden = { shown: 1 };
Object.defineProperty(hidden, 'secret', { value: 2, enumerable: false });
console.log(hidden);
console.log({ [Symbol()]: 'anonymous symbol' });
