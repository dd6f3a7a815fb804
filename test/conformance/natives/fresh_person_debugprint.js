// Seed: 002_c52e49598bf4ced6.txt, 2.1.1 JS 中的对象 and 3.6.2 通过 d8 查看隐藏类
// record: debugprint
// The notes' person (new Object() plus four named stores): the four fields fill the four
// in-object slots of new Object(); a fifth goes to the PropertyArray.
let person = new Object();
person.firstname = 'John';
person.lastname = 'Doe';
person.age = 50;
person.eyecolor = 'blue';
%DebugPrint(person);
person.info = new Object();
%DebugPrint(person);
