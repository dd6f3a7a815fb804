// freeze / seal / preventExtensions of objects with the same shape, and of class instances.
function mk() {
  return { x: 1, y: 2 };
}
let f1 = Object.freeze(mk()), f2 = Object.freeze(mk());
let s1 = Object.seal(mk()), s2 = Object.seal(mk());
let n1 = Object.preventExtensions(mk()), n2 = Object.preventExtensions(mk());
console.log('frozen pair:', %HaveSameMap(f1, f2), %HasFastProperties(f1));
console.log('sealed pair:', %HaveSameMap(s1, s2), %HasFastProperties(s1));
console.log('non-extensible pair:', %HaveSameMap(n1, n2), %HasFastProperties(n1));
console.log('frozen vs sealed:', %HaveSameMap(f1, s1), 'frozen vs plain:', %HaveSameMap(f1, mk()));
let s3 = Object.freeze(Object.seal(mk()));
console.log('seal then freeze vs freeze:', %HaveSameMap(s3, f1));
class K {
  constructor() {
    this.k = 1;
  }
}
let k1 = Object.freeze(new K()), k2 = Object.freeze(new K());
console.log('frozen class instances:', %HaveSameMap(k1, k2), %HasFastProperties(k1));
'use strict';
f1.x = 5;
console.log('write to frozen ignored (sloppy):', f1.x, Object.isFrozen(f1), Object.isSealed(s1), Object.isExtensible(n1));
let z = {};
Object.freeze(z);
console.log('frozen {}:', %HasFastProperties(z), %HaveSameMap(z, Object.freeze({})));
