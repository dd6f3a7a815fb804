// Seed: 002_c52e49598bf4ced6.txt, 四 §4.3.4 async/await：异步编程的 "终极" 方案 (NeverResolvePromise: getResult waits forever, only 0 is printed).
function NeverResolvePromise() {
  return new Promise((resolve, reject) => {});
}
async function getResult() {
  let a = await NeverResolvePromise();
  console.log(a);
}
getResult();
console.log(0);
