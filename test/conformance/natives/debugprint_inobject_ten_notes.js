// Seed: 002_c52e49598bf4ced6.txt, 2.2.3 在 Chrome 中查看对象布局
// record: debugprint
// The notes' Foo(12, 10), seen with %DebugPrint instead of a heap snapshot: how many of the
// 12 named properties are in-object, and the 10 elements.
function Foo(property_num, element_num) {
  // 添加可索引属性
  for (let i = 0; i < element_num; i++) {
    this[i] = `element${i}`;
  }
  // 添加常规属性
  for (let i = 0; i < property_num; i++) {
    let ppt = `property${i}`;
    this[ppt] = ppt;
  }
}
let bar = new Foo(12, 10);
%DebugPrint(bar);
