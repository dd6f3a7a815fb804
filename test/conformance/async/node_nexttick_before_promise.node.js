// process.nextTick callbacks run before promise reactions, whatever the order of scheduling.
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('nextTick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('nextTick 2'));
console.log('sync');
