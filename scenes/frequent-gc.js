function strToArray(str) {
  let i = 0;
  const len = str.length;
  let arr = new Uint16Array(str.length);  // a new temporary on every call
  for (; i < len; ++i) {
    arr[i] = str.charCodeAt(i);
  }
  return arr;
}

function foo() {
  let i = 0;
  let str = 'test V8 GC';
  while (i++ < 16) {
    strToArray(str);
  }
}
foo();

// The fix: allocate the buffer once and reuse it.
const buffer = new Uint16Array(16);
function strToArrayReusing(str) {
  const len = str.length;
  for (let i = 0; i < len; ++i) {
    buffer[i] = str.charCodeAt(i);
  }
  return buffer;
}

function bar() {
  let i = 0;
  let str = 'test V8 GC';
  while (i++ < 16) {
    strToArrayReusing(str);
  }
}
bar();
console.log('done');
