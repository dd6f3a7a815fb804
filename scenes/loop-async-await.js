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
