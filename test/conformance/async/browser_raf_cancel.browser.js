// cancelAnimationFrame, also from an earlier callback of the same frame.
const a = requestAnimationFrame(() => console.log('a: never'));
cancelAnimationFrame(a);
let c;
requestAnimationFrame(() => {
  console.log('b cancels c');
  cancelAnimationFrame(c);
});
c = requestAnimationFrame(() => console.log('c: never'));
requestAnimationFrame(() => console.log('d runs'));
console.log('ids are integers:', Number.isInteger(a), c > a);
