// Seed: 002_c52e49598bf4ced6.txt, §4.3.3 使用 Generator 函数实现更加线性化逻辑 (getResult yields step names).
function* getResult() {
  yield 'getUserID';
  yield 'getUserName';
  return 'name';
}

let result = getResult();

console.log(result.next().value);
console.log(result.next().value);
console.log(result.next().value);
// Added: the generator is finished now.
console.log(JSON.stringify(result.next()));
