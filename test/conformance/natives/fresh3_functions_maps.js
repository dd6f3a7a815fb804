// Functions are objects (2.1.2): their maps, properties added to them, arrow functions, classes.
function f1() {}
function f2() {}
const a1 = () => 1;
const a2 = () => 2;
class K1 {}
class K2 {}
console.log('two functions:', %HaveSameMap(f1, f2));
console.log('two arrows:', %HaveSameMap(a1, a2));
console.log('function vs arrow:', %HaveSameMap(f1, a1));
console.log('two classes:', %HaveSameMap(K1, K2));
console.log('function vs class:', %HaveSameMap(f1, K1));
f1.count = 1;
console.log('after f1.count:', %HaveSameMap(f1, f2), %HasFastProperties(f1));
f2.count = 2;
console.log('both have count:', %HaveSameMap(f1, f2));
console.log('strict vs sloppy:', %HaveSameMap(f1, function () { 'use strict'; }));
console.log('async:', %HaveSameMap(async function () {}, async function () {}), %HaveSameMap(f1, async function () {}));
console.log('bound:', %HaveSameMap(f1.bind(null), f2.bind(null)));
delete f1.count;
console.log('after delete f1.count:', %HasFastProperties(f1));
