// Arrays with extra named properties, negative "indices" and very long arrays.
const arr = [1, 2, 3];
arr.label = 'numbers';
arr[-1] = 'negative';
arr['1.5'] = 'fraction';
console.log(arr);
console.log(arr.length, Object.keys(arr));
const long = Array.from({ length: 120 }, (_, i) => i);
console.log(long);
const objs = Array.from({ length: 8 }, (_, i) => ({ id: i }));
console.log(objs);
const strs = Array.from({ length: 30 }, (_, i) => 'item' + i);
console.log(strs);
console.log(new Array(5), new Array(5).fill(), [undefined, null]);
console.log(Array.of(7), Array(3).fill(0), [,'a',,'b',,]);
