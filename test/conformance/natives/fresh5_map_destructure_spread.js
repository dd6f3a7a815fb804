// Maps of objects made by rest destructuring, object spread and Object.assign.
const point = { x: 100, y: 200, z: 300 };
const { x, ...rest } = point;
const yz = { y: 1, z: 2 };
console.log('rest~{y,z}:', %HaveSameMap(rest, yz), 'fast:', %HasFastProperties(rest));
const copy = { ...point };
console.log('spread~point:', %HaveSameMap(copy, point));
const copy2 = { ...point };
console.log('spread~spread:', %HaveSameMap(copy, copy2));
const more = { ...point, w: 4 };
const lit4 = { x: 1, y: 2, z: 3, w: 4 };
console.log('spread+w~literal:', %HaveSameMap(more, lit4));
const assigned = Object.assign({}, point);
console.log('assign~point:', %HaveSameMap(assigned, point), 'assign~spread:', %HaveSameMap(assigned, copy));
const { y, ...rest2 } = point;
console.log('rest2~{x,z}:', %HaveSameMap(rest2, { x: 1, z: 2 }));
const front = { w: 0, ...point };
console.log('front~literal:', %HaveSameMap(front, { w: 0, x: 1, y: 2, z: 3 }), x, y);
