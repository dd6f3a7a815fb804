class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let cur = this.from, end = this.to;
    return {
      next: () => cur <= end ? { value: cur++, done: false } : { value: undefined, done: true },
      return: (v) => { console.log('return called'); return { value: v, done: true }; },
      [Symbol.iterator]() { return this; },
    };
  }
}
const r = new Range(1, 5);
console.log([...r], Array.from(r), Math.max(...r));
for (const n of r) { if (n > 2) break; console.log('n', n); }
const [first, second] = r;
console.log(first, second);
const it = r[Symbol.iterator]();
console.log(it.next(), it.next(), it);
const arrIt = [10, 20][Symbol.iterator]();
console.log(arrIt.next(), arrIt.next(), arrIt.next(), arrIt);
console.log('ab'[Symbol.iterator]().next(), new Map([[1, 2]]).entries().next());
const entries = Object.entries({ a: 1, b: 2 })[Symbol.iterator]();
for (const [k, v] of entries) console.log(k, v);
try { for (const x of 5) {} } catch (e) { console.log(e.message); }
try { for (const x of { a: 1 }) {} } catch (e) { console.log(e.message); }
