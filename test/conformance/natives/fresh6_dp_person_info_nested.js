// The notes' person with a nested info object and a method (2.1.1): property values of the three
// kinds (primitive, object, function), and the nested object's own map.
// Seed: 002_c52e49598bf4ced6.txt, 2.1.1
// record: debugprint
let person = new Object();
person.firstname = 'John';
person.lastname = 'Doe';
person.info = new Object();
person.info.age = 50;
person.info.eyecolor = 'blue';
person.showinfo = function () {
  console.log(this.firstname);
};
%DebugPrint(person);
%DebugPrint(person.info);
console.log(%HaveSameMap(person, person.info));
