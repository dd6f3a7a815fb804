// The iterator protocol: Symbol.iterator, next(), and return() on early exit.
class Range {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  [Symbol.iterator]() {
    let current = this.from;
    const to = this.to;
    return {
      next() {
        return current <= to ? { value: current++, done: false } : { value: undefined, done: true };
      },
      return() {
        console.log('return() called at', current);
        return { done: true };
      },
      [Symbol.iterator]() {
        return this;
      },
    };
  }
}
console.log([...new Range(1, 5)]);
for (const n of new Range(1, 10)) {
  if (n > 2) break;
  console.log('got', n);
}
const [first, second] = new Range(7, 9);
console.log(first, second);
console.log(Array.from(new Range(3, 4)), Math.max(...new Range(1, 3)));

const manual = new Range(1, 2)[Symbol.iterator]();
console.log(JSON.stringify([manual.next(), manual.next(), manual.next()]));

const arrayIterator = [1, 2][Symbol.iterator]();
console.log(Object.prototype.toString.call(arrayIterator), typeof arrayIterator.next);
