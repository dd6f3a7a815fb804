// The notes' second person (2.1.1): a nested info object and a method stored as a property.
// Two persons built by the same code share maps, also for the nested object and after the method.
function makePerson(first, last, age) {
  let person = new Object();
  person.firstname = first;
  person.lastname = last;
  person.info = new Object();
  person.info.age = age;
  person.info.eyecolor = 'blue';
  person.showinfo = function () {
    return this.firstname + ' ' + this.info.age;
  };
  return person;
}
let a = makePerson('John', 'Doe', 50);
let b = makePerson('Jane', 'Roe', 40.5);
console.log(a.showinfo(), b.showinfo());
console.log('person maps:', %HaveSameMap(a, b));
console.log('info maps:', %HaveSameMap(a.info, b.info));
console.log('age Smi?', %IsSmi(a.info.age), %IsSmi(b.info.age));
console.log('methods differ:', a.showinfo === b.showinfo);
console.log('method maps:', %HaveSameMap(a.showinfo, b.showinfo));
let c = makePerson('Jim', 'Poe', 30);
console.log('third vs first:', %HaveSameMap(a, c), %HaveSameMap(a.info, c.info));
console.log('fast:', %HasFastProperties(a), %HasFastProperties(a.info), %HasFastProperties(a.showinfo));
