// MutationObserver callbacks are microtasks: in FIFO order with promise reactions, batched per checkpoint.
const div = document.createElement('div');
const mo = new MutationObserver((records) => {
  console.log('mutation observer:', records.length, 'records', records.map((r) => r.attributeName).join(','));
});
mo.observe(div, { attributes: true });
Promise.resolve().then(() => console.log('promise before the mutation'));
div.setAttribute('a', '1');
div.setAttribute('b', '2');
Promise.resolve().then(() => console.log('promise after the mutations'));
setTimeout(() => {
  div.setAttribute('c', '3');
  console.log('timer mutated');
}, 0);
console.log('sync');
