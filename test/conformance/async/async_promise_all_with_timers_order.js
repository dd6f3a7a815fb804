// Promise.all over timer-backed promises resolves after the slowest; its then runs in the same
// checkpoint as the last timer's callback.
const wait = (ms, v) => new Promise((r) => setTimeout(() => { console.log('timer', ms); r(v); }, ms));
Promise.all([wait(40, 'b'), wait(20, 'a')]).then((v) => console.log('all', v.join('')));
setTimeout(() => console.log('timer 40 created later'), 40);
