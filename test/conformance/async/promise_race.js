// Promise.race settles like the first input to settle; an empty race stays pending.
const later = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.race([later('slow', 40), later('fast', 20)]).then((v) => console.log('race 1:', v));
Promise.race([later('ok', 40), later('boom', 20, true)]).catch((e) => console.log('race 2 rejected:', e.message));
Promise.race([later('timer', 0), Promise.resolve('already resolved')]).then((v) => console.log('race 3:', v));
let settled = false;
Promise.race([]).then(() => (settled = true));
setTimeout(() => console.log('empty race settled?', settled), 80);
