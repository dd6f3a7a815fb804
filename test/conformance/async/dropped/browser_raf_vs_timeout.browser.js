// Not recorded: whether a requestAnimationFrame callback requested by the script runs before or
// after a 0 ms timer depends on when the next frame comes (it flipped between recordings).
requestAnimationFrame(() => console.log('raf'));
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('microtask'));
