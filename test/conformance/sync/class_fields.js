// Public instance fields and their initialisation order.
let order = [];
class Base {
  baseField = order.push('base field');
  constructor() {
    order.push('base constructor');
  }
}
class Derived extends Base {
  derivedField = order.push('derived field');
  arrow = () => this.constructor.name;
  counter = 0;
  'quoted field' = 'ok';
  ['computed' + 1] = 'c';
  constructor() {
    order.push('derived constructor before super');
    super();
    order.push('derived constructor after super');
  }
}
const d = new Derived();
console.log(order);
const arrow = d.arrow;
console.log(arrow(), d['quoted field'], d.computed1);
console.log(Object.keys(d));

class Defaults {
  a = 1;
  b = this.a + 1;
  c;
}
const x = new Defaults();
console.log(x.a, x.b, x.c, 'c' in x);
