// Using a name that was never declared is an uncaught ReferenceError.
const total = 10;
console.log('total is', total);
console.log(totl);
