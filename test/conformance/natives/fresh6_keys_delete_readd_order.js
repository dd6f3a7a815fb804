// Deleting and re-adding a key moves it to the end, in fast and in dictionary mode.
let point = { x: 1, y: 2, z: 3 };
delete point.x;
point.x = 4;
console.log(Object.keys(point).join(','), %HasFastProperties(point));
let big = {};
for (let i = 0; i < 5; i++) big['k' + i] = i;
delete big.k2;
big.k2 = 'again';
big.k5 = 5;
delete big.k0;
console.log(Object.keys(big).join(','));
for (let k in big) console.log(k, big[k]);
%ToFastProperties(big);
console.log(Object.keys(big).join(','), %HasFastProperties(big));
let arr = { 2: 'b', 1: 'a' };
delete arr[1];
arr[1] = 'again';
console.log(Object.keys(arr).join(','));
