function Foo(property_num, element_num) {
  // indexed properties (elements)
  for (let i = 0; i < element_num; i++) {
    this[i] = `element${i}`;
  }
  // named properties
  for (let i = 0; i < property_num; i++) {
    let ppt = `property${i}`;
    this[ppt] = ppt;
  }
}
let bar = new Foo(12, 10);
