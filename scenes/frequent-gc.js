function strToArray(str) {
  let i = 0;
  const len = str.length;
  let arr = new Array(len);  // a new temporary array on every call (the notes use a Uint16Array: see the narration)
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
const buffer = new Array(16).fill(0);
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
