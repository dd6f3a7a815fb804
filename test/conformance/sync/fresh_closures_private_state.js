const bank = (function () {
  const accounts = new Map();
  let nextId = 1;
  function open(owner, deposit = 0) {
    const id = nextId++;
    let balance = deposit;
    const history = [];
    const acct = {
      id, owner,
      deposit(n) { balance += n; history.push(['+', n]); return this; },
      withdraw(n) { if (n > balance) throw new RangeError(`insufficient funds: ${balance} < ${n}`); balance -= n; history.push(['-', n]); return this; },
      get balance() { return balance; },
      history: () => history.map(([s, n]) => s + n).join(' '),
    };
    accounts.set(id, acct);
    return acct;
  }
  return { open, count: () => accounts.size, find: id => accounts.get(id) };
})();
const a = bank.open('ann', 10);
const b = bank.open('bob');
a.deposit(5).withdraw(3).deposit(100);
console.log(a.balance, a.history(), b.balance, bank.count());
try { b.withdraw(1); } catch (e) { console.log(e.name, e.message); }
console.log(bank.find(1) === a, bank.find(3), a);
console.log(typeof accounts, typeof nextId, Object.keys(bank));
function memo(fn) { const cache = {}; return n => n in cache ? `cached ${cache[n]}` : (cache[n] = fn(n)); }
const sq = memo(n => n * n);
console.log(sq(4), sq(4), sq(5), sq(5));
