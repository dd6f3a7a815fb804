// DOMContentLoaded and load against a 0 ms timer and microtasks from the script.
document.addEventListener('DOMContentLoaded', () => console.log('DOMContentLoaded'));
window.addEventListener('load', () => console.log('load'));
Promise.resolve().then(() => console.log('microtask'));
console.log('readyState', document.readyState);
