// JSON loses prototypes, methods, undefined, Maps and Dates' types; revive them by hand.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return Math.hypot(this.x, this.y);
  }
  toJSON() {
    return { type: 'Point', x: this.x, y: this.y };
  }
}
const data = { p: new Point(3, 4), when: new Date(0), tags: new Set(['a']), nothing: undefined, n: null };
const text = JSON.stringify(data);
console.log(text);
const back = JSON.parse(text, (k, v) => (v && v.type === 'Point' ? new Point(v.x, v.y) : v));
console.log(back.p instanceof Point, back.p.norm(), typeof back.when, back.tags, 'nothing' in back);
const deep = JSON.parse(JSON.stringify({ a: [{ b: { c: [1, 2] } }] }));
console.log(deep.a[0].b.c, JSON.stringify(deep) === '{"a":[{"b":{"c":[1,2]}}]}');
console.log(JSON.stringify([new Point(1, 2)], null, 1));
console.log(JSON.stringify({ key: 'value' }, null, 20).split('\n')[1].length);
