// Many properties by named stores in one constructor (unrolled by new Function), and by keyed stores.
let body = '';
for (let i = 0; i < 40; i++) body += 'this.p' + i + ' = ' + i + ';\n';
const Big = new Function(body);
let b1 = new Big();
let b2 = new Big();
console.log('40 named stores fast:', %HasFastProperties(b1), %HaveSameMap(b1, b2));
let lit = eval('({' + Array.from({ length: 40 }, (_, i) => 'q' + i + ': ' + i).join(', ') + '})');
console.log('40-property literal fast:', %HasFastProperties(lit));
lit.extra = 1;
console.log('+1 named:', %HasFastProperties(lit));
let k = {};
for (let i = 0; i < 40; i++) k['p' + i] = i;
console.log('40 keyed stores fast:', %HasFastProperties(k));
let after = {};
for (let i = 0; i < 40; i++) after['p' + i] = i;
console.log('40 keyed stores again:', %HasFastProperties(after), %HaveSameMap(k, after));
