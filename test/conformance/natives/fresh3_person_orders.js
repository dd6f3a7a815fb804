// The notes' person (2.1.1) built four ways: new Object() + four stores, {} + the same stores,
// a literal, and the same stores in another order. Which of them share a hidden class?
let person = new Object();
person.firstname = 'John';
person.lastname = 'Doe';
person.age = 50;
person.eyecolor = 'blue';

let person2 = {};
person2.firstname = 'Jane';
person2.lastname = 'Roe';
person2.age = 40;
person2.eyecolor = 'green';

let person3 = { firstname: 'Jim', lastname: 'Poe', age: 30, eyecolor: 'brown' };

let person4 = {};
person4.lastname = 'Moe';
person4.firstname = 'Joe';
person4.age = 20;
person4.eyecolor = 'grey';

console.log('new Object() vs {}:', %HaveSameMap(person, person2));
console.log('incremental vs literal:', %HaveSameMap(person, person3));
console.log('different order:', %HaveSameMap(person, person4));
console.log('fast:', %HasFastProperties(person), %HasFastProperties(person3), %HasFastProperties(person4));
person3.city = 'Paris';
person.city = 'Rome';
console.log('literal + city vs incremental + city:', %HaveSameMap(person, person3));
person2.city = 'Oslo';
console.log('both incremental + city:', %HaveSameMap(person, person2));
console.log(Object.keys(person4).join(','));
