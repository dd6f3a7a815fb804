// record: debugprint
// %DebugPrint of the notes' Foo (2.2.3) with fewer properties: Foo(6, 3), and Foo(12, 0) built after slack tracking.
function Foo(property_num, element_num) {
  for (let i = 0; i < element_num; i++) {
    this[i] = `element${i}`;
  }
  for (let i = 0; i < property_num; i++) {
    let ppt = `property${i}`;
    this[ppt] = ppt;
  }
}
let bar = new Foo(6, 3);
%DebugPrint(bar);
for (let i = 0; i < 7; i++) new Foo(2, 0);
let bar2 = new Foo(12, 0);
%DebugPrint(bar2);
