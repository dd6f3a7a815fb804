// Instances created before, during and after slack tracking share the constructor's maps;
// adding the same extra property to the n-th instance reaches the same map for every n.
function Q(a) { this.a = a; }
const objs = [];
for (let i = 1; i <= 12; i++) {
  const o = new Q(i);
  o.extra = i;
  objs.push(o);
}
console.log(objs.map((o, i) => `${i + 1}:${%HaveSameMap(o, objs[0])}`).join(' '));
function R(a) { this.a = a; }
const before = [];
for (let i = 1; i <= 12; i++) before.push(new R(i));
before.forEach((o, i) => { o['k' + (i % 3)] = i; });
console.log(before.map((o, i) => `${i + 1}:k${i % 3}:${%HaveSameMap(o, before[i % 3])}`).join(' '));
