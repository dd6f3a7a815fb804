const logged = [];
const money = {
  amount: 42,
  valueOf() { logged.push('valueOf'); return this.amount; },
  toString() { logged.push('toString'); return '$' + this.amount; },
};
console.log(money + 1, `${money}`, money * 2, String(money), money > 41, money == 42);
console.log(logged.join(','));
const hinted = {
  [Symbol.toPrimitive](hint) { console.log('hint', hint); return hint === 'number' ? 7 : hint === 'string' ? 'seven' : 'default7'; },
};
console.log(+hinted, `${hinted}`, hinted + '', hinted * 1, [hinted] + '');
const noPrim = { valueOf() { return {}; }, toString() { return {}; } };
try { noPrim + 1; } catch (e) { console.log(e.name, e.message); }
const d = new Date(86400000);
console.log(typeof (d + 1), typeof (d - 1), d - 1);
const arr = [1, 2];
arr.toString = () => 'custom';
console.log(arr + '!', `${arr}`, String(arr));
console.log([] + null + 1, [null] + 1, [undefined] == '', [[]] == 0);
