const items = [
  { name: 'pen', price: 1.5, qty: 10 }, { name: 'book', price: 12, qty: 2 }, { name: 'bag', price: 30, qty: 1 },
  { name: 'ink', price: 1.5, qty: 4 }, { name: 'clip', price: 0.1, qty: 100 }, { name: 'Pad', price: 3, qty: 7 },
];
const by = (key, dir = 1) => (a, b) => (a[key] > b[key] ? dir : a[key] < b[key] ? -dir : 0);
console.log(items.slice().sort(by('price')).map(i => i.name).join(' '));
console.log(items.slice().sort(by('price', -1)).map(i => i.name).join(' '));
console.log(items.slice().sort(by('name')).map(i => i.name).join(' '));
console.log(items.slice().sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })).map(i => i.name).join(' '));
console.log(items.slice().sort((a, b) => a.price - b.price || b.qty - a.qty).map(i => `${i.name}:${i.qty}`).join(' '));
console.log(items.map(i => i.price * i.qty).sort((a, b) => a - b));
console.log([5, 25, 100, 1].sort(), [5, 25, 100, 1].sort((a, b) => a - b), ['10', '9', '1'].sort((a, b) => a - b));
console.log([3, 1, 2].sort((a, b) => b > a), [3, 1, 2].sort((a, b) => (b > a ? 1 : -1)));
console.log(['b', undefined, 'a', , 'c'].sort(), [2, 1].sort(undefined));
try { [1, 2].sort('not a function'); } catch (e) { console.log(e.constructor.name, e.message); }
