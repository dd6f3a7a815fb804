// An error thrown inside a getter whose value console.log needs.
const account = {
  owner: 'ann',
  get balance() {
    throw new RangeError('balance is locked');
  },
};
console.log(account.owner);
console.log('balance:', account.balance);
