// A rejection handled only in a later task. Node (--unhandled-rejections=throw) exits before the
// timer; the browser reports it, then withdraws the report when the handler is attached
// (Runtime.exceptionRevoked: DevTools hides it by default), and the timer catches it.
const e = new Error('handled later');
e.stack = 'Error: handled later\n    at <fixed stack>';
const p = Promise.reject(e);
setTimeout(() => {
  p.catch((err) => console.log('caught in a timer:', err.message));
}, 10);
