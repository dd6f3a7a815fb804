// resolve/reject can be called later from outside; they have length 1 and no name.
let res, rej;
const p = new Promise((a, b) => {
  res = a;
  rej = b;
});
console.log(res.length, rej.length, JSON.stringify(res.name), JSON.stringify(rej.name));
p.then((v) => console.log('resolved from a timer', v));
setTimeout(() => res('later'), 5);
try {
  new Promise(42);
} catch (e) {
  console.log(e.constructor.name);
}
try {
  Promise.resolve.call(undefined, 1);
} catch (e) {
  console.log(e.constructor.name);
}
