const account = {};
let balance = 0;
const history = [];
Object.defineProperty(account, 'balance', {
  get() { history.push('read'); return balance; },
  set(v) { if (v < 0) throw new RangeError('negative balance: ' + v); history.push('write ' + v); balance = v; },
  enumerable: true, configurable: false,
});
account.balance = 50;
account.balance += 25;
console.log(account.balance, history.join(', '));
try { account.balance = -1; } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(account, 'balance', { value: 1 }); } catch (e) { console.log(e.name, e.message); }
console.log(account, Object.keys(account), JSON.stringify(account));
const ro = Object.defineProperty({}, 'fixed', { value: 'constant', enumerable: false });
ro.fixed = 'changed';
console.log(ro.fixed, ro, Object.getOwnPropertyNames(ro), JSON.stringify(Object.getOwnPropertyDescriptor(ro, 'fixed')));
(function () { 'use strict'; try { ro.fixed = 'x'; } catch (e) { console.log(e.name, e.message); } })();
const multi = Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { get: () => 2, enumerable: true }, c: { value: 3 } });
console.log(multi, Object.entries(multi), multi.c);
