// Array methods that change the array in place.
const a = [1, 2, 3];
console.log(a.push(4, 5), a);
console.log(a.pop(), a);
console.log(a.shift(), a);
console.log(a.unshift(0, 0.5), a);
console.log(a.splice(1, 2), a);
console.log(a.splice(1, 0, 'x', 'y'), a);
console.log(a.splice(-1), a);
console.log(a.splice(1), a);
console.log(a.reverse() === a, a);
console.log(new Array(5).fill(0), [1, 2, 3, 4].fill('z', 1, 3), [1, 2, 3].fill(9, -1));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [].pop(), [].shift());
const b = [3, 1, 2];
const sorted = b.toSorted();
console.log(sorted, b, b.toReversed(), b.with(0, 'w'), b.toSpliced(0, 1));
