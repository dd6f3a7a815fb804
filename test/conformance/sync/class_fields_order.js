// Field initializers run in order, before the constructor body, after super() in subclasses.
const log = [];
class Base {
  baseField = log.push('base field');
  constructor() {
    log.push('base constructor, describe() says ' + this.describe());
  }
  describe() {
    return 'base';
  }
}
class Child extends Base {
  childField = log.push('child field');
  fromThis = this.childField + 1;
  constructor() {
    log.push('child constructor before super');
    super();
    log.push('child constructor after super');
  }
  describe() {
    return 'child sees childField=' + this.childField;
  }
}
new Child();
console.log(log);
class Counter {
  static instances = 0;
  id = ++Counter.instances;
  ['computed' + 'Name'] = 'computed';
  arrow = () => this.id;
}
const a = new Counter();
const b = new Counter();
console.log(a.id, b.id, a.computedName, a.arrow.call(b), Object.keys(a));
class Shadow {
  value = 'field';
  get value2() {
    return 'getter';
  }
}
console.log(new Shadow(), Object.hasOwn(new Shadow(), 'value'));
