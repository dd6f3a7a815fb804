// AbortSignal.timeout aborts with a TimeoutError after the delay; AbortSignal.any follows the first.
const s = AbortSignal.timeout(40);
s.addEventListener('abort', () => console.log('timeout signal aborted:', s.reason.name));
setTimeout(() => console.log('10 ms: aborted yet?', s.aborted), 10);
const ac = new AbortController();
const any = AbortSignal.any([ac.signal, AbortSignal.timeout(1000)]);
any.addEventListener('abort', () => console.log('any aborted:', any.reason));
setTimeout(() => ac.abort('manual'), 80);
