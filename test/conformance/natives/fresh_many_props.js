// Seed: 002_c52e49598bf4ced6.txt, 2.2.2 快属性和慢属性
// Many properties: named stores keep an object fast, computed-key stores on {} make it a
// dictionary from the 20th, and a big literal starts fast.
let named = {};
named.a0 = 0; named.a1 = 1; named.a2 = 2; named.a3 = 3; named.a4 = 4; named.a5 = 5;
named.a6 = 6; named.a7 = 7; named.a8 = 8; named.a9 = 9; named.a10 = 10; named.a11 = 11;
named.a12 = 12; named.a13 = 13; named.a14 = 14; named.a15 = 15; named.a16 = 16; named.a17 = 17;
named.a18 = 18; named.a19 = 19; named.a20 = 20; named.a21 = 21; named.a22 = 22; named.a23 = 23;
console.log('24 named stores: fast', %HasFastProperties(named));
let keyed = {};
const log = [];
for (let i = 0; i < 24; i++) {
  keyed['b' + i] = i;
  log.push(%HasFastProperties(keyed) ? 'F' : 'D');
}
console.log('keyed adds:', log.join(''));
let big = { c0: 0, c1: 1, c2: 2, c3: 3, c4: 4, c5: 5, c6: 6, c7: 7, c8: 8, c9: 9, c10: 10,
  c11: 11, c12: 12, c13: 13, c14: 14, c15: 15, c16: 16, c17: 17, c18: 18, c19: 19, c20: 20,
  c21: 21, c22: 22, c23: 23, c24: 24 };
console.log('25-property literal: fast', %HasFastProperties(big));
const log2 = [];
for (let i = 0; i < 30; i++) {
  big['d' + i] = i;
  log2.push(%HasFastProperties(big) ? 'F' : 'D');
}
console.log('literal + keyed adds:', log2.join(''));
