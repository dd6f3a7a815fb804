// Dispatching from a timer and from a microtask.
const target = new EventTarget();
target.addEventListener('tick', (e) => console.log('listener:', e.detail));
setTimeout(() => target.dispatchEvent(new CustomEvent('tick', { detail: 'from timer' })), 0);
Promise.resolve().then(() => target.dispatchEvent(new CustomEvent('tick', { detail: 'from microtask' })));
target.dispatchEvent(new CustomEvent('tick', { detail: 'sync' }));
