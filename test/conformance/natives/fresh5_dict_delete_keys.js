// delete makes a dictionary; Object.keys order, re-adding, %ToFastProperties and copies.
let person = { firstname: 'John', lastname: 'Doe', age: 50, eyecolor: 'blue' };
delete person.age;
console.log('after delete:', %HasFastProperties(person), JSON.stringify(Object.keys(person)));
person.age = 51;
console.log('re-added:', %HasFastProperties(person), JSON.stringify(Object.keys(person)));
const fresh = { firstname: 'A', lastname: 'B', eyecolor: 'c', age: 1 };
console.log('dict~literal:', %HaveSameMap(person, fresh));
%ToFastProperties(person);
console.log('to fast:', %HasFastProperties(person), 'same as literal:', %HaveSameMap(person, fresh));
const spreadCopy = { ...person };
console.log('copy fast:', %HasFastProperties(spreadCopy), %HaveSameMap(spreadCopy, fresh));
const o = {};
for (let i = 0; i < 30; i++) o['k' + i] = i;
console.log('30 keyed fast:', %HasFastProperties(o), Object.keys(o).length, Object.keys(o)[29]);
const nul = Object.create(null);
nul.x = 1;
console.log('null proto fast:', %HasFastProperties(nul), Object.keys(nul).join());
