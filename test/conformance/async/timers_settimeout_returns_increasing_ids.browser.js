// Timer ids are positive integers that increase, shared by setTimeout and setInterval;
// clearInterval can clear a timeout.
const a = setTimeout(() => console.log('never a'), 0);
const b = setInterval(() => console.log('never b'), 10);
const c = setTimeout(() => console.log('c runs'), 0);
console.log('integers:', [a, b, c].every(Number.isInteger), 'increasing:', a < b && b < c);
clearInterval(a);
clearTimeout(b);
