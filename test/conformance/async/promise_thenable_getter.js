// Resolving with an object reads its then property synchronously, once; a throwing getter rejects.
const obj = {
  get then() {
    console.log('then getter read');
    return undefined;
  },
};
new Promise((r) => {
  console.log('resolving');
  r(obj);
  console.log('resolved');
}).then((v) => console.log('fulfilled with the object itself:', v === obj));
const bad = {
  get then() {
    throw new Error('getter throws');
  },
};
Promise.resolve(bad).catch((e) => console.log('rejected:', e.message));
