// The keyed-store limit is checked only when a store has to create a new map transition. Keyed
// stores that follow transitions created earlier (here by named stores of the same names) stay
// fast past the limit; new names normalize at the usual add.
const named = {};
named.p0 = 0; named.p1 = 1; named.p2 = 2; named.p3 = 3; named.p4 = 4; named.p5 = 5;
named.p6 = 6; named.p7 = 7; named.p8 = 8; named.p9 = 9; named.p10 = 10; named.p11 = 11;
named.p12 = 12; named.p13 = 13; named.p14 = 14; named.p15 = 15; named.p16 = 16; named.p17 = 17;
named.p18 = 18; named.p19 = 19; named.p20 = 20; named.p21 = 21; named.p22 = 22; named.p23 = 23;
named.p24 = 24; named.p25 = 25; named.p26 = 26; named.p27 = 27; named.p28 = 28; named.p29 = 29;
console.log('30 named adds: fast', %HasFastProperties(named));
const same = {};
for (let i = 0; i < 30; i++) same['p' + i] = i;
console.log('30 keyed adds of the same names: fast', %HasFastProperties(same), 'same map', %HaveSameMap(same, named));
const fresh = {};
let n = -1;
for (let i = 0; i < 30; i++) {
  fresh['f' + i] = i;
  if (!%HasFastProperties(fresh)) { n = i + 1; break; }
}
console.log('keyed adds of new names: dictionary at add', n);
const again = {};
for (let i = 0; i < 30; i++) again['f' + i] = i;
console.log('the same new names again: fast', %HasFastProperties(again));
