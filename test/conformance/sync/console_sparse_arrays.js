// console.log of arrays with holes.
console.log([, , 1]);
console.log([1, , 3]);
console.log(new Array(5));
console.log([1, 2, , , , 6, , ]);
const a = [1, 2, 3];
a[10] = 11;
console.log(a);
const withProps = [1, 2];
withProps.extra = 'yes';
console.log(withProps);
console.log([undefined, , null]);
