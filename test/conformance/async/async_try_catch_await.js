// try/catch/finally around await sees rejections as exceptions.
async function run() {
  try {
    console.log('try');
    await Promise.reject(new Error('rejected'));
    console.log('not reached');
  } catch (e) {
    console.log('catch', e.message);
    await null;
    console.log('catch after await');
  } finally {
    console.log('finally');
  }
  return 'done';
}
run().then((v) => console.log(v));
console.log('sync end');
