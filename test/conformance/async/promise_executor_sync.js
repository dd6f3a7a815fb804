// The executor runs synchronously inside the constructor; then-callbacks never do.
console.log('before');
const p = new Promise((resolve) => {
  console.log('executor runs now');
  resolve('value');
  console.log('executor continues after resolve');
});
p.then((v) => console.log('then:', v));
console.log('after, then not yet called');
