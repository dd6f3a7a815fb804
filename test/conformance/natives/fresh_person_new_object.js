// Seed: 002_c52e49598bf4ced6.txt, 2.1.1 JS 中的对象
// The notes' person built with new Object() and four named stores: two persons built the same
// way share a map; a literal of the same four properties does not ({} has 4 in-object slots, the
// literal exactly 4 as well, but the literal's map comes from its own boilerplate).
let person = new Object();
person.firstname = 'John';
person.lastname = 'Doe';
person.age = 50;
person.eyecolor = 'blue';
let person2 = new Object();
person2.firstname = 'Jane';
person2.lastname = 'Roe';
person2.age = 41;
person2.eyecolor = 'green';
// Added:
console.log('person vs person2:', %HaveSameMap(person, person2));
let person3 = { firstname: 'Tom', lastname: 'Poe', age: 30, eyecolor: 'brown' };
console.log('person vs literal:', %HaveSameMap(person, person3));
let person4 = {};
person4.firstname = 'Ann';
person4.lastname = 'Lee';
person4.age = 22;
person4.eyecolor = 'grey';
console.log('new Object() vs {}:', %HaveSameMap(person, person4));
person2.nickname = 'J';
console.log('after person2.nickname:', %HaveSameMap(person, person2));
console.log('fast:', %HasFastProperties(person), %HasFastProperties(person2), %HasFastProperties(person3));
