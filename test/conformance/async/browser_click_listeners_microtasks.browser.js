// el.click() from script runs both listeners before any microtask: the stack is not empty
// between them. (With a real user click, microtasks would run after each listener.)
const button = document.createElement('button');
button.addEventListener('click', () => {
  console.log('listener 1');
  Promise.resolve().then(() => console.log('microtask 1'));
});
button.addEventListener('click', () => {
  console.log('listener 2');
  Promise.resolve().then(() => console.log('microtask 2'));
});
button.click();
console.log('after click()');
