// super works in object literal methods through [[HomeObject]], and setPrototypeOf links them.
const base = {
  greet() {
    return 'hello from base';
  },
  get kind() {
    return 'base';
  },
};
const derived = {
  __proto__: base,
  greet() {
    return super.greet() + ' via derived';
  },
  get kind() {
    return 'derived<' + super.kind + '>';
  },
};
console.log(derived.greet(), derived.kind);
const borrowed = { greet: derived.greet };
console.log(borrowed.greet());
const other = { greet() { return 'other'; } };
Object.setPrototypeOf(derived, other);
console.log(derived.greet());
class A {
  static who() {
    return 'A';
  }
  who() {
    return 'a';
  }
}
class B extends A {
  static who() {
    return super.who() + 'B';
  }
  who() {
    return super.who() + 'b';
  }
  arrow = () => super.who() + '!';
}
console.log(B.who(), new B().who(), new B().arrow());
