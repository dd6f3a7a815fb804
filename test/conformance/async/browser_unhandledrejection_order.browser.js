// The unhandledrejection event is a task queued after the microtask checkpoint, not a microtask.
window.onunhandledrejection = (event) => {
  console.log('onunhandledrejection', event.reason);
  event.preventDefault();
};
Promise.reject('r1');
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timeout 0'), 0);
console.log('sync');
