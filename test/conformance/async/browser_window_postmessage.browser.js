// window.postMessage to itself: a task, after microtasks, with the data cloned.
window.addEventListener('message', (e) => {
  console.log('message event', JSON.stringify(e.data), e.source === window);
});
window.postMessage({ hello: 'world' }, '*');
Promise.resolve().then(() => console.log('microtask'));
console.log('sync');
