// Seed: 002_c52e49598bf4ced6.txt, §2.1.1 JS 中的对象 (person built with new Object()).
let person = new Object();
person.firstname = 'John';
person.lastname = 'Doe';
person.info = new Object();
person.info.age = 50;
person.info.eyecolor = 'blue';
person.showinfo = function () {
  console.log(/*...*/);
};
// Added: show the object and the kinds of its property values.
console.log(person);
for (const key of Object.keys(person)) console.log(key, typeof person[key]);
person.showinfo();
console.log(person.showinfo.name, person.showinfo.length);
