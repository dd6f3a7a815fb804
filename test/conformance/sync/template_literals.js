// Template literals: interpolation, expressions, multi-line, nesting.
const user = { name: 'Ada', langs: ['JS', 'Go'] };
console.log(`Name: ${user.name}, ${user.langs.length} languages`);
console.log(`Sum: ${1 + 2}, call: ${user.langs.join('/')}, ternary: ${user.langs.length > 1 ? 'many' : 'one'}`);
console.log(`multi
line
  indented`);
console.log(`nested ${`inner ${`deepest ${1 + 1}`}`}`);
console.log(`${null} ${undefined} ${[1, [2, 3]]} ${{}} ${() => 1}`);
const obj = {
  toString() {
    return 'custom toString';
  },
  valueOf() {
    return 42;
  },
};
console.log(`${obj}`, '' + obj, obj + 1);
console.log(`escaped \${not interpolated} and \` backtick`);
console.log(`line1\nline2\ttab`.length);
