// A sloppy function passed to setTimeout reads `this.v`: window (where top-level var v lives)
// in the browser, the Timeout object in Node.
var v = 'global v';
const obj = {
  v: 'obj v',
  m() {
    return this === obj ? 'obj' : this && this.v;
  },
};
setTimeout(function () {
  console.log('function callback this.v:', this.v);
}, 0);
setTimeout(() => console.log('extracted method:', (0, obj.m)()), 10);
setTimeout(() => console.log('method call:', obj.m()), 20);
