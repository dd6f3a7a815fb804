// Which string keys count as integer indices for the key order.
let o = {};
o['b'] = 1;
o['2'] = 2;
o['02'] = 3;
o['1e3'] = 4;
o['1000'] = 5;
o['-0'] = 6;
o['0'] = 7;
o[' 3'] = 8;
o['4294967296'] = 9;
o[NaN] = 10;
o[Infinity] = 11;
o['9007199254740993'] = 12;
console.log(Object.keys(o).join('|'));
for (let k in o) console.log(k, typeof k);
console.log(JSON.stringify(Object.entries(o)));
