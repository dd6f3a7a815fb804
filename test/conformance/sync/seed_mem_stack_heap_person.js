// Seed: 004_5d47a9626a3efcca.txt, 内存图 / Stack和Heap举例 (a, b, person, person2).
var a = 1
var b = a
var person = {name:'frank',child:{name:'jack'}}
var person2 = person
// Added: values are copied, the object address is copied.
b = 2
console.log(a, b, person === person2, person.child.name)
