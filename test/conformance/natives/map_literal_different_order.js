// The same names in a different order give a different map ({x,y} vs {y,x}).
const xy = { x: 1, y: 2 };
const yx = { y: 2, x: 1 };
console.log('{x,y} vs {y,x}:', %HaveSameMap(xy, yx));
console.log('{x,y} vs {x,y}:', %HaveSameMap(xy, { x: 5, y: 6 }));
console.log('{y,x} vs {y,x}:', %HaveSameMap(yx, { y: 0, x: 0 }));
console.log('same keys?', JSON.stringify(Object.keys(xy).sort()) === JSON.stringify(Object.keys(yx).sort()));
console.log('key order:', Object.keys(xy).join(','), '/', Object.keys(yx).join(','));
