// Private fields, methods and the `#x in obj` check.
class Account {
  #balance = 0;
  static #created = 0;
  constructor(owner) {
    this.owner = owner;
    Account.#created++;
  }
  #log(msg) {
    return `[${this.owner}] ${msg}`;
  }
  deposit(n) {
    this.#balance += n;
    return this.#log('deposit ' + n + ', balance ' + this.#balance);
  }
  get balance() {
    return this.#balance;
  }
  static created() {
    return Account.#created;
  }
  static isAccount(obj) {
    return #balance in obj;
  }
  static peek(obj) {
    return obj.#balance;
  }
}
const a = new Account('ada');
console.log(a.deposit(10));
console.log(a.deposit(5));
console.log(a.balance, Account.created(), Object.keys(a), JSON.stringify(a));
console.log(Account.isAccount(a), Account.isAccount({}));
try {
  Account.peek({ balance: 1 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(a['#balance']);
