// Getters run on every read, can throw, and run in property order during spread and JSON.
const log = [];
const obj = {
  get first() {
    log.push('first');
    return 1;
  },
  get second() {
    log.push('second');
    return 2;
  },
};
JSON.stringify(obj);
const copy = { ...obj };
Object.assign({}, obj);
console.log(log, copy);
const risky = {
  get boom() {
    throw new Error('getter failed');
  },
};
try {
  console.log(risky.boom);
} catch (e) {
  console.log('caught:', e.message);
}
try {
  JSON.stringify(risky);
} catch (e) {
  console.log('stringify:', e.message);
}
console.log(Object.keys(risky), 'boom' in risky);
let count = 0;
const counter = { get n() { return ++count; } };
console.log(counter.n + counter.n, count);
