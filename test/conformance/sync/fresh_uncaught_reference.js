// An uncaught ReferenceError from a typo, two calls deep.
function total(items) {
  let sum = 0;
  for (const it of items) sum += it.price;
  return summ;
}
function report() { console.log('total is', total([{ price: 1 }, { price: 2 }])); }
console.log('start');
report();
