// Several closures created by one call share the same variables.
function bank(initial) {
  let balance = initial;
  const history = [];
  function record(kind, amount) {
    history.push(kind + ':' + amount);
  }
  return {
    deposit(amount) {
      balance += amount;
      record('deposit', amount);
    },
    withdraw(amount) {
      if (amount > balance) {
        record('refused', amount);
        return false;
      }
      balance -= amount;
      record('withdraw', amount);
      return true;
    },
    report() {
      return balance + ' [' + history.join(', ') + ']';
    },
  };
}
const account = bank(100);
account.deposit(50);
console.log(account.withdraw(500));
console.log(account.withdraw(30));
console.log(account.report());
console.log(typeof account.balance);

// A closure sees later assignments to the captured variable.
let message = 'first';
const speak = () => message;
message = 'second';
console.log(speak());
