// flat and flatMap.
const nested = [1, [2, [3, [4, [5]]]]];
console.log(nested.flat(), nested.flat(2), nested.flat(Infinity), nested.flat(0));
console.log([1, , 3, [4, , 6]].flat());
console.log(['a b', 'c'].flatMap((s) => s.split(' ')), [1, 2].flatMap((x) => [x, x * 10]));
console.log([1, 2].flatMap((x) => [[x]]), [1, 2, 3].flatMap((x) => (x % 2 ? [] : x)));
