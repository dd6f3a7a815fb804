// Class instances with private fields and static members: maps and fast properties.
class Counter {
  #count = 0;
  static instances = 0;
  constructor(name) {
    this.name = name;
    Counter.instances++;
  }
  inc() {
    return ++this.#count;
  }
}
let a = new Counter('a');
let b = new Counter('b');
a.inc();
console.log('two instances:', %HaveSameMap(a, b));
console.log('instance fast:', %HasFastProperties(a));
console.log('class fast:', %HasFastProperties(Counter), 'prototype fast:', %HasFastProperties(Counter.prototype));
console.log('keys:', Object.keys(a).join(','), Reflect.ownKeys(a).length);
class Plain {
  constructor(name) {
    this.name = name;
  }
}
console.log('vs class without private field:', %HaveSameMap(a, new Plain('p')));
console.log(Counter.instances, a.inc());
