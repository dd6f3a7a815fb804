// Practical Map/Set/WeakMap patterns: caching by object, grouping, deduplicating, private data.
const cache = new WeakMap();
function area(rect) {
  if (!cache.has(rect)) {
    console.log('computing for', rect.w, rect.h);
    cache.set(rect, rect.w * rect.h);
  }
  return cache.get(rect);
}
const r = { w: 2, h: 3 };
console.log(area(r), area(r), area({ w: 2, h: 3 }));
const people = [
  { name: 'ann', team: 'red' },
  { name: 'bob', team: 'blue' },
  { name: 'cid', team: 'red' },
];
const byTeam = new Map();
for (const p of people) {
  if (!byTeam.has(p.team)) byTeam.set(p.team, []);
  byTeam.get(p.team).push(p.name);
}
console.log(byTeam, [...byTeam.keys()], byTeam.size);
const unique = [...new Set([3, 1, 3, 2, 1])];
console.log(unique, new Set('mississippi').size);
const privateData = new WeakMap();
class Wallet {
  constructor(amount) {
    privateData.set(this, { amount });
  }
  get amount() {
    return privateData.get(this).amount;
  }
}
const w = new Wallet(5);
console.log(w.amount, Object.keys(w), w);
const visited = new WeakSet();
const node = {};
visited.add(node);
console.log(visited.has(node), visited.has({}));
try {
  new WeakMap().set('string key', 1);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
