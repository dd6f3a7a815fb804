// record: debugprint
// %DebugPrint of Object.create(animal) (the notes' 2.4.2) with own properties, and of animal itself.
let animal = {
  type: 'Default',
  color: 'Default',
  getInfo: function () {
    return this.type;
  }
};
let dog = Object.create(animal);
dog.type = 'Dog';
%DebugPrint(dog);
%DebugPrint(animal);
