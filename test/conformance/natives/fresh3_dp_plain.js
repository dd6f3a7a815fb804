// record: debugprint
// %DebugPrint of the notes' person (2.1.1) made with new Object() and of the same data as a literal.
let person = new Object();
person.firstname = 'John';
person.lastname = 'Doe';
person.age = 50;
person.eyecolor = 'blue';
%DebugPrint(person);
let person2 = { firstname: 'John', lastname: 'Doe', age: 50.5, eyecolor: 'blue' };
%DebugPrint(person2);
