// EventTarget.dispatchEvent calls listeners synchronously; microtasks wait until the script ends.
const target = new EventTarget();
target.addEventListener('ping', (e) => {
  console.log('listener 1', e.type, e.detail === undefined ? '' : e.detail);
  Promise.resolve().then(() => console.log('microtask from listener 1'));
});
target.addEventListener('ping', () => console.log('listener 2'), { once: true });
console.log('dispatch returns', target.dispatchEvent(new Event('ping')));
console.log('second dispatch');
target.dispatchEvent(new Event('ping'));
console.log('sync end');
