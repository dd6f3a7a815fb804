// A 1000-step promise chain finishes before a 0 ms timer created first.
setTimeout(() => console.log('timer'), 0);
let p = Promise.resolve(0);
for (let i = 0; i < 1000; i++) p = p.then((n) => n + 1);
p.then((n) => console.log('chain done at', n));
