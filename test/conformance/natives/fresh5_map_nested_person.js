// The notes' person with a nested info object and a showinfo method, built twice.
// Seed: 002_c52e49598bf4ced6.txt, 2.1.1
function makePerson(first, last, age) {
  let person = new Object();
  person.firstname = first;
  person.lastname = last;
  person.info = new Object();
  person.info.age = age;
  person.info.eyecolor = 'blue';
  person.showinfo = function () {
    console.log(this.firstname + ' ' + this.lastname);
  };
  return person;
}
const p1 = makePerson('John', 'Doe', 50);
const p2 = makePerson('Jane', 'Roe', 40);
console.log('person same map:', %HaveSameMap(p1, p2));
console.log('info same map:', %HaveSameMap(p1.info, p2.info));
console.log('person~info:', %HaveSameMap(p1, p1.info));
console.log('showinfo same fn:', p1.showinfo === p2.showinfo);
console.log('fast:', %HasFastProperties(p1), %HasFastProperties(p1.info));
p2.info.age = 40.5;
console.log('info after double:', %HaveSameMap(p1.info, p2.info));
const lit = { firstname: 'A', lastname: 'B', info: { age: 1, eyecolor: 'x' }, showinfo() {} };
console.log('literal info~info:', %HaveSameMap(lit.info, p1.info));
console.log('literal~person:', %HaveSameMap(lit, p1));
p1.showinfo();
