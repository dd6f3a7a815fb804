// Static methods and properties, inherited by subclasses.
class Temperature {
  static unit = 'C';
  static count = 0;
  constructor(degrees) {
    this.degrees = degrees;
    Temperature.count++;
  }
  static fromF(f) {
    return new this(Math.round(((f - 32) * 5) / 9));
  }
  static describe() {
    return `${this.name} in ${this.unit}`;
  }
}
class Kelvin extends Temperature {
  static unit = 'K';
  static describe() {
    return super.describe() + ' (subclass)';
  }
}
const t = Temperature.fromF(212);
console.log(t.degrees, t instanceof Temperature, Temperature.count);
const k = Kelvin.fromF(32);
console.log(k instanceof Kelvin, Temperature.count, Kelvin.count);
console.log(Temperature.describe());
console.log(Kelvin.describe());
console.log(typeof t.fromF, Object.keys(Temperature));
