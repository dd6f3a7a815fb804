// The notes' person (2.1.1) built with new Object() and four named stores: all four fit the
// 4 in-object slots of {}; a fifth property goes to the PropertyArray.
// Seed: 002_c52e49598bf4ced6.txt, 2.1.1
// record: debugprint
let person = new Object();
person.firstname = 'John';
person.lastname = 'Doe';
person.age = 50;
person.eyecolor = 'blue';
%DebugPrint(person);
person.city = 'Beijing';
%DebugPrint(person);
