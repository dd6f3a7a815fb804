// await inside finally delays the return value, which is kept.
async function f() {
  try {
    return 'try value';
  } finally {
    console.log('finally start');
    await new Promise((r) => setTimeout(r, 30));
    console.log('finally end');
  }
}
f().then((v) => console.log('result', v));
setTimeout(() => console.log('timer 0'), 0);
