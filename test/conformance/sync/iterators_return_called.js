// for-of calls the iterator's return() when the loop exits early (break, throw, destructuring).
function tracked(label) {
  let i = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      i++;
      return { value: i, done: i > 5 };
    },
    return() {
      console.log(label, 'return() at', i);
      return { done: true };
    },
  };
}
for (const v of tracked('break')) {
  if (v === 2) break;
}
try {
  for (const v of tracked('throw')) {
    if (v === 3) throw new Error('stop');
  }
} catch (e) {
  console.log('caught', e.message);
}
const [a, b] = tracked('destructure');
console.log(a, b);
for (const v of tracked('complete')) {
}
console.log('completed without return()');
outer: for (const x of tracked('labelled')) {
  for (const y of [1, 2]) {
    if (x === 1 && y === 2) continue outer;
    if (x === 2) break outer;
  }
}
