// window 'unhandledrejection' (preventDefault hides the console report) and 'rejectionhandled'.
window.addEventListener('unhandledrejection', (event) => {
  console.log('unhandledrejection:', event.reason.message, event.promise instanceof Promise, event.cancelable);
  event.preventDefault();
});
window.addEventListener('rejectionhandled', (event) => {
  console.log('rejectionhandled:', event.reason.message);
});
const late = Promise.reject(new Error('late'));
Promise.reject(new Error('never handled'));
setTimeout(() => {
  console.log('timer attaches a handler');
  late.catch(() => console.log('late caught'));
}, 10);
