// What `this` is in callbacks of each kind, named by its constructor.
function who(where) {
  return function () {
    const name = this === undefined ? 'undefined' : this === globalThis ? 'globalThis' : this.constructor.name;
    console.log(where + ':', name);
  };
}
setTimeout(who('setTimeout'), 0);
const iv = setInterval(function () {
  who('setInterval').call(this);
  clearInterval(iv);
}, 20);
Promise.resolve().then(who('then'));
queueMicrotask(who('queueMicrotask'));
who('top-level call')();
