// A string callback is evaluated as a global script: it sees top-level let/const and var, and
// `this` is window.
let counter = 1;
var shared = 'shared var';
const fixed = 'const';
setTimeout('console.log("string timer:", counter, shared, fixed, this === window); counter++;', 0);
setTimeout(() => console.log('after:', counter), 0);
