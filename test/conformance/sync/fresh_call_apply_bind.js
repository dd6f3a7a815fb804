function greet(greeting, punct) { return `${greeting}, ${this.name}${punct}`; }
const ann = { name: 'Ann' }, bob = { name: 'Bob' };
console.log(greet.call(ann, 'Hi', '!'), greet.apply(bob, ['Hello', '?']), greet.apply(ann));
const hiAnn = greet.bind(ann, 'Hey');
console.log(hiAnn('.'), hiAnn.call(bob, '!'), hiAnn.length, hiAnn.name);
const twice = hiAnn.bind(bob, '...');
console.log(twice(), twice.name);
function Point(x, y) { this.x = x; this.y = y; }
const P1 = Point.bind(null, 1);
const p = new P1(2);
console.log(p, p instanceof Point, p instanceof P1);
console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.map.call('abc', c => c.toUpperCase()));
console.log([].slice.call({ 0: 'a', 1: 'b', length: 2 }), Array.prototype.join.call({ length: 3, 1: 'x' }, '-'));
const unboundSlice = Array.prototype.slice;
const slice = Function.prototype.call.bind(unboundSlice);
console.log(slice([1, 2, 3], 1));
console.log(typeof greet.call, greet.call === Function.prototype.call, Function.prototype.call.length, Function.prototype.apply.length);
try { greet.call(undefined, 'x', 'y'); } catch (e) { console.log(e.constructor.name, e.message); }
