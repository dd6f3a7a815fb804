// Getters and setters in classes.
class Temperature {
  #celsius = 0;
  get fahrenheit() {
    return (this.#celsius * 9) / 5 + 32;
  }
  set fahrenheit(f) {
    this.#celsius = ((f - 32) * 5) / 9;
  }
  get celsius() {
    return this.#celsius;
  }
  set celsius(c) {
    if (typeof c !== 'number') throw new TypeError('celsius must be a number');
    this.#celsius = c;
  }
}
const t = new Temperature();
t.celsius = 100;
console.log(t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius);
try {
  t.celsius = 'hot';
} catch (e) {
  console.log(e.message);
}
const desc = Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);

class ReadOnly {
  get value() {
    return 42;
  }
}
const r = new ReadOnly();
r.value = 1; // ignored in sloppy mode
console.log(r.value);
