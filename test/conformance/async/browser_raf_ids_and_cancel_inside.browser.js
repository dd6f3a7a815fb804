// rAF ids are positive increasing integers; cancelling a callback of the same frame from an
// earlier callback prevents it.
let b;
const a = requestAnimationFrame(() => {
  console.log('a runs, cancels b');
  cancelAnimationFrame(b);
});
b = requestAnimationFrame(() => console.log('never: b'));
const c = requestAnimationFrame(() => console.log('c runs'));
console.log('ids increase:', a > 0 && b > a && c > b);
