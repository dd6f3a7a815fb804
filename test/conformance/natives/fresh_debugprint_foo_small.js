// Seed: 002_c52e49598bf4ced6.txt, 2.2.3 在 Chrome 中查看对象布局
// record: debugprint
// The notes' Foo with 3 named and 2 indexed properties (the notes look at a heap snapshot;
// %DebugPrint shows the same layout).
function Foo(property_num, element_num) {
  for (let i = 0; i < element_num; i++) {
    this[i] = `element${i}`;
  }
  for (let i = 0; i < property_num; i++) {
    let ppt = `property${i}`;
    this[ppt] = ppt;
  }
}
let bar = new Foo(3, 2);
%DebugPrint(bar);
