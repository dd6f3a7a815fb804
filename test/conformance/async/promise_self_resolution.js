// Resolving a promise with itself rejects it with a TypeError.
let resolveSelf;
const p = new Promise((r) => (resolveSelf = r));
resolveSelf(p);
p.catch((e) => console.log(e.constructor.name + ': ' + e.message));
const q = Promise.resolve().then(() => q);
q.catch((e) => console.log('then returning its own promise:', e.constructor.name));
