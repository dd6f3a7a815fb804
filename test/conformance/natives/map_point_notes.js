// Seed: 002_c52e49598bf4ced6.txt, 3.6.3 多个对象共用一个隐藏类 and 3.6.5 最佳实践
// The notes use %DebugPrint and compare the map addresses; %HaveSameMap compares them directly.
let point = { x: 100, y: 200 };
let point2 = { x: 3, y: 4 };
// Added: print what the notes read off the DebugPrint output.
console.log('point vs point2 share a map:', %HaveSameMap(point, point2));
let point3 = { y: 100, x: 200 };
console.log('point vs {y,x} share a map:', %HaveSameMap(point, point3));
console.log('point has fast properties:', %HasFastProperties(point));
