// Browser timer ids are positive integers, increasing; setInterval shares the sequence.
const a = setTimeout(() => {}, 0);
const b = setInterval(() => {}, 1000);
const c = setTimeout(() => {}, 0);
console.log(Number.isInteger(a), b > a, c > b);
clearInterval(b);
console.log(typeof setTimeout(() => console.log('fired'), 0));
