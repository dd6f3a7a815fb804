// Object.freeze / seal / preventExtensions move the object to special maps; objects with the
// same shape frozen the same way share those maps.
const mk = () => ({ x: 1, y: 2 });
const f1 = Object.freeze(mk()), f2 = Object.freeze(mk());
const s1 = Object.seal(mk()), s2 = Object.seal(mk());
const n1 = Object.preventExtensions(mk()), n2 = Object.preventExtensions(mk());
const plain = mk();
console.log('frozen vs frozen:', %HaveSameMap(f1, f2));
console.log('sealed vs sealed:', %HaveSameMap(s1, s2));
console.log('non-extensible vs non-extensible:', %HaveSameMap(n1, n2));
console.log('frozen vs plain:', %HaveSameMap(f1, plain));
console.log('frozen vs sealed:', %HaveSameMap(f1, s1));
console.log('sealed vs non-extensible:', %HaveSameMap(s1, n1));
console.log('fast:', %HasFastProperties(f1), %HasFastProperties(s1), %HasFastProperties(n1));
const both = Object.freeze(Object.seal(mk()));
console.log('seal then freeze vs freeze:', %HaveSameMap(both, f1));
