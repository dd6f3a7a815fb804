// `this` in listeners: the current target for functions, the lexical this for arrows.
const target = new EventTarget();
target.addEventListener('ping', function () { console.log('function listener this === target:', this === target); });
target.addEventListener('ping', () => console.log('arrow listener this === window:', this === window));
window.addEventListener('message', function (e) { console.log('window listener this === window:', this === window, e.data); });
target.dispatchEvent(new Event('ping'));
postMessage('hello', '*');
