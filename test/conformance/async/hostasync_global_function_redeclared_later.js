// A function declaration is hoisted; a later assignment to the same name replaces it for
// callbacks that run afterwards.
setTimeout(() => console.log('timer sees:', greet()), 0);
Promise.resolve().then(() => console.log('then sees:', greet()));
console.log('sync sees:', greet());
function greet() { return 'declaration'; }
greet = function () { return 'reassigned'; };
console.log('global property:', typeof globalThis.greet);
