// JSON.parse builds objects property by property: equal key sequences share a map, and an array
// from JSON gets the elements kind of its values.
let a = JSON.parse('{"x":1,"y":2}');
let b = JSON.parse('{"x":3,"y":4}');
let c = JSON.parse('{"y":4,"x":3}');
let lit = { x: 1, y: 2 };
let inc = {};
inc.x = 1;
inc.y = 2;
console.log('parse vs parse:', %HaveSameMap(a, b));
console.log('parse vs parse (other order):', %HaveSameMap(a, c));
console.log('parse vs literal:', %HaveSameMap(a, lit));
console.log('parse vs {}+x+y:', %HaveSameMap(a, inc));
let d = JSON.parse('{"x":1.5,"y":2}');
console.log('parse {x:1.5} vs parse {x:3}:', %HaveSameMap(d, b));
let arr = JSON.parse('[{"x":1,"y":2},{"x":5,"y":6}]');
console.log('objects in one array:', %HaveSameMap(arr[0], arr[1]), %HaveSameMap(arr[0], a));
let nums = JSON.parse('[1,2,3]');
console.log('[1,2,3] smi', %HasSmiElements(nums), 'holey', %HasHoleyElements(nums));
let dbl = JSON.parse('[1.5,2]');
console.log('[1.5,2] double', %HasDoubleElements(dbl));
let mixed = JSON.parse('[1,"a"]');
console.log('[1,"a"] object', %HasObjectElements(mixed));
let idx = JSON.parse('{"1":"a","x":2}');
console.log('{"1","x"} keys', Object.keys(idx).join(','), 'fast', %HasFastProperties(idx));
