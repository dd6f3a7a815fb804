function greet(name = 'stranger', greeting = `Hello, ${name}`, ...extras) { return [greeting, extras.length, arguments.length]; }
console.log(greet(), greet('Ann'), greet(undefined, 'Hi'), greet(null), greet('a', 'b', 'c', 'd'));
function counter(start = counter.calls = (counter.calls || 0) + 1) { return start; }
console.log(counter(), counter(), counter(10), counter.calls);
const f = (a, { b = 2, c } = {}, [d = 4] = []) => [a, b, c, d];
console.log(f(1), f(1, { c: 3 }), f(1, { b: null }, [undefined]), f.length);
function lenTest(a, b = 1, c) {} function lenRest(a, ...r) {}
console.log(lenTest.length, lenRest.length, ((...args) => args).length);
function scopes(x = 1, y = () => x) { var x = 2; return [x, y()]; }
console.log(scopes());
function mutateArgs(a, b = 0) { a = 'changed'; return arguments[0]; }
console.log(mutateArgs('orig'));
const join = (sep, ...parts) => parts.join(sep);
console.log(join('-', 'a', 'b', 'c'), join('+'), join(...'xyz'));
