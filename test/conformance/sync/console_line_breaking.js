// When Node breaks objects and arrays over several lines, and how DevTools keeps one line.
const short = { a: 1, b: 'two', c: [1, 2, 3] };
const long = { firstName: 'Grace', lastName: 'Hopper', occupation: 'computer scientist', born: 1906, navy: true };
console.log(short);
console.log(long);
console.log([long, short]);
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i)));
console.log(Array.from({ length: 7 }, (_, i) => i * 1000));
console.log([[1, 2, [3, 4, [5, [6]]]], { deep: { deeper: { deepest: {} } } }]);
console.log({ text: 'x'.repeat(90) });
console.log(['a\nb', 'multi\nline\nstring']);
console.log({ fn() {}, arrow: () => {}, klass: class Named {} });
