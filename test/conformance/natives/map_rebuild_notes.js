// Seed: 002_c52e49598bf4ced6.txt, 3.6.4 重新构建隐藏类
// Every added property moves the object to a new map; another object built the same way visits
// the same maps.
let point = {};
let other = {};
console.log('{} vs {}:', %HaveSameMap(point, other));
point.x = 100;
console.log('after point.x: point vs other:', %HaveSameMap(point, other));
other.x = 1;
console.log('after other.x: point vs other:', %HaveSameMap(point, other));
point.y = 200;
console.log('after point.y: point vs other:', %HaveSameMap(point, other));
other.y = 2;
console.log('after other.y: point vs other:', %HaveSameMap(point, other));
console.log('both fast:', %HasFastProperties(point), %HasFastProperties(other));
