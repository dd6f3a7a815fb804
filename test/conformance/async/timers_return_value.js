// setTimeout returns a number in browsers and a Timeout object in Node.
const t = setTimeout(() => {}, 0);
console.log(typeof t, typeof t === 'object' ? t.constructor.name : 'id is a positive integer: ' + (t > 0 && Number.isInteger(t)));
const t2 = setTimeout(() => {}, 0);
console.log('ids differ:', t !== t2);
clearTimeout(t2);
