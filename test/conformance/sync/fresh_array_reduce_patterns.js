const orders = [
  { id: 1, customer: 'ann', items: [{ sku: 'a', qty: 2, price: 5 }, { sku: 'b', qty: 1, price: 20 }] },
  { id: 2, customer: 'bob', items: [{ sku: 'a', qty: 1, price: 5 }] },
  { id: 3, customer: 'ann', items: [{ sku: 'c', qty: 3, price: 1.25 }] },
];
const totals = orders.map(o => ({ id: o.id, total: o.items.reduce((s, i) => s + i.qty * i.price, 0) }));
console.log(totals);
const byCustomer = orders.reduce((acc, o) => { (acc[o.customer] ||= []).push(o.id); return acc; }, {});
console.log(byCustomer);
const skuCounts = orders.flatMap(o => o.items).reduce((m, i) => m.set(i.sku, (m.get(i.sku) ?? 0) + i.qty), new Map());
console.log(skuCounts, Object.fromEntries(skuCounts));
const [min, max] = totals.reduce(([lo, hi], t) => [Math.min(lo, t.total), Math.max(hi, t.total)], [Infinity, -Infinity]);
console.log(min, max);
console.log(orders.some(o => o.items.length > 1), orders.every(o => o.id > 0), orders.find(o => o.customer === 'bob').id);
const chunks = (arr, n) => arr.reduce((c, x, i) => (i % n ? c[c.length - 1].push(x) : c.push([x]), c), []);
console.log(chunks([1, 2, 3, 4, 5, 6, 7], 3));
const zip = (...arrs) => arrs[0].map((_, i) => arrs.map(a => a[i]));
console.log(zip([1, 2, 3], ['a', 'b', 'c'], [true, false, null]));
console.log([3, 1, 2].reduce((a, b) => a + b), [[1, 2], [3]].reduce((a, b) => a.concat(b), []), [].reduce((a, b) => a + b, 'empty'));
