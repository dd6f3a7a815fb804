// console.log with several arguments of mixed types.
console.log('a', 'b', 'c');
console.log(1, 2, 3);
console.log('count:', 3, 'items:', ['x', 'y'], 'meta:', { ok: true });
console.log(null, undefined, 'str', 5);
console.log([1], [2], { three: 3 });
console.log(true, 'true', 1, '1');
