// abort() dispatches 'abort' synchronously; reason defaults to an AbortError DOMException.
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('abort event, aborted =', ac.signal.aborted));
ac.signal.onabort = () => console.log('onabort');
console.log('before abort');
ac.abort();
console.log('after abort', ac.signal.reason.name, ac.signal.reason instanceof DOMException);
ac.abort();
console.log('second abort() does not dispatch again');
const custom = new AbortController();
custom.abort(new Error('custom reason'));
console.log(custom.signal.reason.message);
try {
  custom.signal.throwIfAborted();
} catch (e) {
  console.log('throwIfAborted threw', e.message);
}
