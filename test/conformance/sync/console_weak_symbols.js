// WeakMap, WeakSet, WeakRef and symbols as console.log shows them.
const key = {};
const wm = new WeakMap([[key, 'value']]);
const ws = new WeakSet([key]);
console.log(wm, ws);
console.log(new WeakRef(key));
console.log(Symbol('desc'), Symbol(), Symbol.for('registered'), Symbol.iterator);
console.log([Symbol('in array')], { s: Symbol('in object') });
console.log(Symbol('desc').toString(), Symbol('d').description, Symbol().description);
console.log(Object(Symbol('boxed')));
