// Keyed adds on constructor instances: during slack tracking the instance has spare in-object
// slots; after it (7 constructions) it has only what it used.
function keyedAddsUntilDictionary(o) {
  for (let i = 0; i < 500; i++) {
    o['k' + i] = i;
    if (!%HasFastProperties(o)) return i + 1;
  }
  return -1;
}
function P() { this.a = 1; this.b = 2; }
console.log('1st new P(): dictionary at keyed add', keyedAddsUntilDictionary(new P()));
function Q() { this.a = 1; this.b = 2; }
for (let i = 0; i < 10; i++) new Q();
console.log('11th new Q() (slack tracking done): dictionary at keyed add', keyedAddsUntilDictionary(new Q()));
class C {}
console.log('new C() of class C {}: dictionary at keyed add', keyedAddsUntilDictionary(new C()));
console.log('Object.create({}): dictionary at keyed add', keyedAddsUntilDictionary(Object.create({})));
console.log('new Object(): dictionary at keyed add', keyedAddsUntilDictionary(new Object()));
