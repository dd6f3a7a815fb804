// record: ic
// getName reads p.firstname from persons built in two orders, by new Object() and by a literal.
function getName(p) {
  return p.firstname;
}
function build1() {
  let person = new Object();
  person.firstname = 'John';
  person.lastname = 'Doe';
  return person;
}
function build2() {
  let person = {};
  person.lastname = 'Roe';
  person.firstname = 'Jane';
  return person;
}
let list = [];
for (let i = 0; i < 12; i++) list.push(i % 2 ? build2() : build1());
list.push({ firstname: 'Jim', lastname: 'Poe' });
let out = '';
for (let i = 0; i < list.length; i++) out = getName(list[i]);
console.log(out);
