// Seed: 004_5d47a9626a3efcca.txt, 内存图 / 对象被篡改了 (changing person2 changes person).
var person = {name:'frank',child:{name:'jack'}}
var person2 = person
person2.name = 'ryan'
console.log(person.name) // 'ryan'
