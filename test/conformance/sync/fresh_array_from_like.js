console.log(Array.from('abc'), Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 'a']])));
console.log(Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i ** 2), Array.from({ length: -1 }));
console.log(Array.from([1, 2, 3], function (x) { return x * this.k; }, { k: 10 }));
console.log(Array.of(7), Array.of(1, 2, 3), Array(7).length, Array(2, 3), new Array('3'));
console.log([...Array(3).keys()], Array.prototype.slice.call('hey'), [].concat.apply([], [[1], [2, [3]]]));
function args() { return Array.from(arguments); }
console.log(args(1, 'a', null));
try { Array.from({ length: 2 ** 32 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Array(1.5); } catch (e) { console.log(e.constructor.name, e.message); }
const arrayLike = { length: 2, 0: 'x', 1: 'y', 2: 'ignored' };
console.log(Array.prototype.map.call(arrayLike, s => s.toUpperCase()), Array.prototype.includes.call(arrayLike, 'y'));
console.log(Array.isArray(Array.prototype), Array.prototype.length, [].constructor === Array);
