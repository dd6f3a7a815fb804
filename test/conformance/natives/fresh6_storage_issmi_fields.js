// What %IsSmi says about values read from fields of different representations.
let o = { a: 1, b: 1.5, c: 'x' };
console.log(%IsSmi(o.a), %IsSmi(o.b));
o.b = 2;
console.log('int in double field', %IsSmi(o.b));
o.c = 3;
console.log('int in tagged field', %IsSmi(o.c));
let p = { big: 2 ** 31 - 1, bigger: 2 ** 31, neg: -(2 ** 31), negm: -(2 ** 31) - 1 };
console.log(%IsSmi(p.big), %IsSmi(p.bigger), %IsSmi(p.neg), %IsSmi(p.negm));
let arr = [1, 2.5];
console.log('from double array', %IsSmi(arr[0]));
console.log(%IsSmi(-0), %IsSmi(0), %IsSmi(1 / 1), %IsSmi(0.5 * 4));
