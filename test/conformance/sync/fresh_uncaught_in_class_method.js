// An uncaught error from a class method called through a static factory.
class Account {
  static open(owner) { return new Account(owner); }
  constructor(owner) { this.owner = owner; this.balance = 0; }
  withdraw(n) {
    if (n > this.balance) throw new RangeError(`cannot withdraw ${n}: balance is ${this.balance}`);
    this.balance -= n;
  }
}
const acct = Account.open('ann');
console.log(acct);
acct.withdraw(10);
