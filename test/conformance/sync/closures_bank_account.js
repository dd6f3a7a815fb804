// A closure keeps private state: only the returned functions can reach the balance.
function createAccount(owner, start) {
  let balance = start;
  const history = [];
  function record(kind, amount) {
    history.push(kind + ':' + amount);
  }
  return {
    owner,
    deposit(amount) {
      balance += amount;
      record('in', amount);
      return balance;
    },
    withdraw(amount) {
      if (amount > balance) {
        throw new RangeError('Insufficient funds: ' + balance + ' < ' + amount);
      }
      balance -= amount;
      record('out', amount);
      return balance;
    },
    statement: () => history.slice(),
  };
}
const acct = createAccount('ann', 10);
console.log(acct.deposit(5), acct.withdraw(12));
try {
  acct.withdraw(100);
} catch (e) {
  console.log(e.name, e.message);
}
console.log(acct.balance, acct.statement(), Object.keys(acct));
const other = createAccount('bob', 0);
other.deposit(1);
console.log(acct.statement().length, other.statement());
