// Seed: 002_c52e49598bf4ced6.txt, 2.1.1 JS 中的对象
// The notes' person with a nested info object and a method: property values of every kind
// (primitive, object, function) live in the same kind of field, so the shape only depends on names.
let person = new Object();
person.firstname = 'John';
person.lastname = 'Doe';
person.info = new Object();
person.info.age = 50;
person.info.eyecolor = 'blue';
person.showinfo = function () {
  console.log(/*...*/);
};
// Added:
let other = new Object();
other.firstname = 'Jane';
other.lastname = 'Roe';
other.info = { age: 41, eyecolor: 'green' };
other.showinfo = function () {};
console.log('person vs other:', %HaveSameMap(person, other));
console.log('person.info vs other.info:', %HaveSameMap(person.info, other.info));
let third = new Object();
third.firstname = 'Tom';
third.lastname = 'Poe';
third.info = 'none';
third.showinfo = null;
console.log('person vs third (info a string, showinfo null):', %HaveSameMap(person, third));
console.log('fast:', %HasFastProperties(person), %HasFastProperties(person.info), %HasFastProperties(third));
console.log('IsSmi(person.info.age):', %IsSmi(person.info.age));
