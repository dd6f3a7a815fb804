// Seed: 002_c52e49598bf4ced6.txt, 2.2.1 常规属性（properties）和排序属性（elements）
// Integer-like keys ("1" or 1) are elements and do not change the map's properties; "01", "-1"
// and "1.5" are named properties.
let a = { 1: 'a', x: 1 };
let b = { '1': 'b', x: 2 };
let c = { 2: 'c', x: 3 };
let d = { x: 4 };
console.log('{1,x} vs {"1",x}:', %HaveSameMap(a, b));
console.log('{1,x} vs {2,x}:', %HaveSameMap(a, c));
let e = { x: 5 };
e[1] = 'e';
let f = { x: 6 };
f['1'] = 'f';
console.log('{x}+[1] vs {x}+["1"]:', %HaveSameMap(e, f));
console.log('{x}+[1] vs {x}:', %HaveSameMap(e, d));
let g = { x: 7 };
g['01'] = 'g';
let h = { x: 8 };
h['-1'] = 'h';
let k = { x: 9 };
k['1.5'] = 'k';
console.log('{x}+["01"] vs {x}:', %HaveSameMap(g, d), ' ["-1"]:', %HaveSameMap(h, d), ' ["1.5"]:', %HaveSameMap(k, d));
let m = { x: 0 };
m[4294967294] = 1;
let n = { x: 0 };
n[4294967295] = 1;
console.log('{x}+[2**32-2] vs {x}:', %HaveSameMap(m, d), ' +[2**32-1]:', %HaveSameMap(n, d));
console.log('key order:', Object.keys({ b: 1, 10: 1, a: 1, 2: 1, '01': 1, '-1': 1 }).join(','));
console.log('elements: a dict', %HasDictionaryElements(a), 'm dict', %HasDictionaryElements(m));
