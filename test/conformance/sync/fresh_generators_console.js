function* count() { yield 1; yield 2; return 3; }
const g = count();
console.log(g, count, Object.getPrototypeOf(g) === count.prototype);
console.log(g.next(), g.next(), g.next(), g.next());
console.log([...count()], Array.from(count(), x => x * 10));
const it = count();
console.log(it[Symbol.iterator]() === it, typeof it.return, it.toString());
const fibs = function* () { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } };
const first10 = [];
for (const f of fibs()) { if (first10.length >= 10) break; first10.push(f); }
console.log(first10);
function* take(n, it) { for (const x of it) { if (n-- <= 0) return; yield x; } }
console.log([...take(5, fibs())]);
const obj = { *[Symbol.iterator]() { yield 'a'; yield 'b'; } };
console.log([...obj], obj);
class Tree { constructor(v, kids = []) { this.v = v; this.kids = kids; } *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k; } }
console.log([...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)])]);
const gFn = Object.getPrototypeOf(function* () {});
console.log(gFn.constructor.name, typeof gFn.prototype.next);
