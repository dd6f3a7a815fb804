// The comma operator, void, and grouping.
let x = (1, 2, 3);
console.log(x);
let a = 0;
const r = (a++, a++, a);
console.log(r, a);
for (let i = 0, j = 3; i < j; i++, j--) console.log('pair', i, j);
console.log(void 0, void 'anything', typeof void 0, void 0 === undefined);
const calls = [];
void calls.push('void still evaluates its operand');
console.log(calls);
const obj = {
  m() {
    return this === obj;
  },
};
console.log(obj.m(), (obj.m)(), (0, obj.m)());
console.log(((1 + 2) * 3), 1 + 2 * 3, (1, 2) + 3);
