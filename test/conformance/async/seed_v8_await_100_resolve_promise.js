// Seed: 002_c52e49598bf4ced6.txt, 四 §4.3.4 async/await：异步编程的 "终极" 方案 (await 100 behaves like awaiting ResolvePromise(): 3, then 100).
function ResolvePromise() {
  return new Promise((resolve, reject) => {
    resolve(100);
  });
}
async function getResult() {
  // let a = await 100;
  let a = await ResolvePromise();
  console.log(a);
}
getResult();
console.log(3);
// Added: the commented-out form, side by side with a promise chain (both continue at tick 1).
async function getResult100() {
  let a = await 100;
  console.log('await 100 ->', a);
}
getResult100();
Promise.resolve().then(() => console.log('then at tick 1'));
console.log(4);
