// return await inside try lets the local catch see the rejection; plain return does not.
const failing = () => Promise.reject(new Error('fail'));
async function withAwait() {
  try {
    return await failing();
  } catch (e) {
    return 'caught locally: ' + e.message;
  }
}
async function withoutAwait() {
  try {
    return failing();
  } catch (e) {
    return 'not reached';
  }
}
withAwait().then((v) => console.log(v));
withoutAwait().catch((e) => console.log('caught by the caller:', e.message));
