const Stack = (function () {
  const items = new WeakMap();
  class Stack {
    constructor() { items.set(this, []); }
    push(...xs) { items.get(this).push(...xs); return this; }
    pop() { return items.get(this).pop(); }
    peek() { const a = items.get(this); return a[a.length - 1]; }
    get size() { return items.get(this).length; }
    toArray() { return [...items.get(this)]; }
  }
  return Stack;
})();
const s = new Stack().push(1, 2, 3);
console.log(s.pop(), s.peek(), s.size, s.toArray(), s);
const Queue = () => {
  let head = null, tail = null, n = 0;
  return {
    enqueue(v) { const node = { v, next: null }; if (tail) tail.next = node; else head = node; tail = node; n++; },
    dequeue() { if (!head) return undefined; const v = head.v; head = head.next; if (!head) tail = null; n--; return v; },
    get length() { return n; },
  };
};
const q = Queue();
['a', 'b', 'c'].forEach(q.enqueue);
console.log(q.dequeue(), q.length, q.dequeue(), q.dequeue(), q.dequeue(), q.length, q);
