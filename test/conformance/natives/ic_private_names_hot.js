// record: ic
// Private names are ordinary IC keys: a field initializer's #x define and this.#v stores are
// KeyedStoreICs, this.#x loads KeyedLoadICs, and the constructor loads the class_fields_symbol
// the class definition stored on it (StoreIC X,X, then LoadIC once the constructor has feedback).
class P { #x = 1; y = 2; get x() { return this.#x; } }
for (let i = 0; i < 12; i++) new P().x;
class Q { #v; constructor(v) { this.#v = v; } v() { return this.#v; } }
for (let i = 0; i < 12; i++) new Q(i).v();
console.log(new P().x, new Q(5).v());
