// Seed: 002_c52e49598bf4ced6.txt, §2.2.3 在 Chrome 中查看对象布局 (Foo with 12 properties and 10 elements).
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
// Added: the notes inspect a heap snapshot; print what the program can observe instead.
console.log(Object.keys(bar).length);
console.log(Object.keys(bar).join(' '));
console.log(bar[0], bar.property11);
