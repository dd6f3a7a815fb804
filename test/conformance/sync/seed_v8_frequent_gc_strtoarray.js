// Seed: 002_c52e49598bf4ced6.txt, §4.7.3 频繁的垃圾回收 (strToArray creates a temporary array 100000 times).
// max-steps: 20000000 (the 100000 calls take about 13 million bytecodes; the default budget is 10 million)
function strToArray(str) {
  let i = 0;
  const len = str.length;
  let arr = new Uint16Array(str.length);
  for (; i < len; ++i) {
    arr[i] = str.charCodeAt(i);
  }
  return arr;
}

function foo() {
  let i = 0;
  let str = 'test V8 GC';
  while (i++ < 1e5) {
    strToArray(str);
  }
}

foo();
// Added: what one call returns.
console.log(Array.from(strToArray('test V8 GC')).join(' '));
