// await on a thenable costs a tick for its then call; await on a native promise does not.
const thenable = { then(res) { console.log('thenable.then called'); res('thenable'); } };
(async () => { console.log('await thenable ->', await thenable); })();
(async () => { console.log('await promise ->', await Promise.resolve('promise')); })();
(async () => { console.log('await value ->', await 'value'); })();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
