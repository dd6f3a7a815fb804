// record: debugprint
// %DebugPrint of a constructor instance with 12 properties (more than its 10 in-object slots) during slack tracking.
function Person(first, last) {
  this.firstname = first;
  this.lastname = last;
}
let p = new Person('John', 'Doe');
for (let i = 0; i < 10; i++) p['k' + i] = i;
%DebugPrint(p);
