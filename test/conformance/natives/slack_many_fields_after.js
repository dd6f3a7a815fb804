// Adding many properties to an early constructor instance (spare in-object slots first, then
// the out-of-object PropertyArray): 30 keyed adds versus 26 named adds.
function S() { this.a = 1; }
const s = new S();
for (let i = 0; i < 30; i++) s['p' + i] = i;   // keyed stores
console.log('keyed adds on an early instance, fast:', %HasFastProperties(s));
function T() { this.a = 1; }
const t = new T();
t.p0 = 0; t.p1 = 1; t.p2 = 2; t.p3 = 3; t.p4 = 4; t.p5 = 5; t.p6 = 6; t.p7 = 7; t.p8 = 8; t.p9 = 9;
t.p10 = 10; t.p11 = 11; t.p12 = 12; t.p13 = 13; t.p14 = 14; t.p15 = 15; t.p16 = 16; t.p17 = 17;
t.p18 = 18; t.p19 = 19; t.p20 = 20; t.p21 = 21; t.p22 = 22; t.p23 = 23; t.p24 = 24; t.p25 = 25;
console.log('26 named adds on an early instance, fast:', %HasFastProperties(t));
