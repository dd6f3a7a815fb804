// Symbol-keyed methods and fields on classes, and symbol keys on instances.
const tag = Symbol('tag');
const id = Symbol('id');
class Animal {
  [tag]() { return 'animal'; }
  static [id] = 7;
  constructor(name) {
    this.name = name;
    this[id] = name.length;
  }
}
const a = new Animal('cat');
const b = new Animal('dog');
console.log('same map:', %HaveSameMap(a, b));
console.log('fast:', %HasFastProperties(a), %HasFastProperties(Animal), %HasFastProperties(Animal.prototype));
console.log('tag:', a[tag](), 'static:', Animal[id], 'own:', a[id]);
console.log('keys:', JSON.stringify(Object.keys(a)), Object.getOwnPropertySymbols(a).length);
const o1 = { [tag]: 1, x: 2 };
const o2 = { [tag]: 3, x: 4 };
const o3 = { x: 4, [tag]: 3 };
console.log('sym literal same:', %HaveSameMap(o1, o2), 'order:', %HaveSameMap(o1, o3));
const o4 = {};
o4[tag] = 1;
o4.x = 2;
console.log('sym stores~literal:', %HaveSameMap(o1, o4));
delete o1[tag];
console.log('deleted sym fast:', %HasFastProperties(o1));
