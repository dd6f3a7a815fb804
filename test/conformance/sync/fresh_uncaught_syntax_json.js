// An uncaught SyntaxError from JSON.parse (a runtime error, not a parse error of the file).
const raw = '{"user": "ann", "age": 31,}';
console.log('parsing', raw.length, 'chars');
const user = JSON.parse(raw);
console.log(user);
