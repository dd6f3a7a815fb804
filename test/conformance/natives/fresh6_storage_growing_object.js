// An object growing by named stores in a loop stays fast far past the keyed-store limit? Keyed vs
// named adds of the same names.
let byName = {};
byName.a = 1; byName.b = 2; byName.c = 3; byName.d = 4; byName.e = 5;
byName.f = 6; byName.g = 7; byName.h = 8; byName.i = 9; byName.j = 10;
byName.k = 11; byName.l = 12; byName.m = 13; byName.n = 14; byName.o = 15;
byName.p = 16; byName.q = 17; byName.r = 18; byName.s = 19; byName.t = 20;
byName.u = 21; byName.v = 22;
console.log('named 22', %HasFastProperties(byName));
let byKey = {};
let names = 'abcdefghijklmnopqrstuv'.split('');
let firstSlow = -1;
for (let i = 0; i < names.length; i++) {
  byKey[names[i]] = i;
  if (firstSlow < 0 && !%HasFastProperties(byKey)) firstSlow = i + 1;
}
console.log('keyed same names: first slow at', firstSlow);
let fresh = {};
firstSlow = -1;
for (let i = 0; i < 30; i++) {
  fresh['q' + i] = i;
  if (firstSlow < 0 && !%HasFastProperties(fresh)) firstSlow = i + 1;
}
console.log('keyed new names: first slow at', firstSlow);
