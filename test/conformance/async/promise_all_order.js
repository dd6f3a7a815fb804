// Promise.all keeps input order, whatever the settle order; it accepts plain values too.
const later = (v, ms) => new Promise((r) => setTimeout(() => { console.log('settled', v); r(v); }, ms));
Promise.all([later('slow', 40), later('fast', 20), 'plain', Promise.resolve('resolved')])
  .then((values) => console.log('all:', values.join(', ')));
Promise.all([]).then((v) => console.log('empty all:', v.length));
