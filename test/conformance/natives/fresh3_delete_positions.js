// delete of the first, the middle and the last property of {a, b, c}; and of a missing property.
function mk() {
  return { a: 1, b: 2, c: 3 };
}
let first = mk(), middle = mk(), last = mk(), none = mk();
delete first.a;
delete middle.b;
delete last.c;
delete none.zzz;
console.log('delete first:', %HasFastProperties(first));
console.log('delete middle:', %HasFastProperties(middle));
console.log('delete last:', %HasFastProperties(last));
console.log('delete missing:', %HasFastProperties(none), %HaveSameMap(none, mk()));
console.log('two dictionaries:', %HaveSameMap(first, middle), %HaveSameMap(middle, last));
let inc = {};
inc.a = 1;
inc.b = 2;
inc.c = 3;
delete inc.c;
console.log('incremental, delete last:', %HasFastProperties(inc));
console.log(JSON.stringify(first), JSON.stringify(middle), JSON.stringify(last));
