// Long strings: Node prints top-level strings whole and quotes nested ones; DevTools cuts previews.
const long = 'abcdefghij'.repeat(15);
console.log(long.length);
console.log([long]);
console.log({ long });
console.log(new Map([['k', long]]));
const lines = 'line one\nline two\nline three';
console.log({ lines });
console.log([lines, 'tab\there']);
