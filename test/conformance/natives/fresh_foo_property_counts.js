// Seed: 002_c52e49598bf4ced6.txt, 2.2.2 快属性和慢属性 and 2.2.3 在 Chrome 中查看对象布局
// The notes' Foo(property_num, element_num) with other counts: its computed-key stores keep the
// object fast up to a point, and elements never affect fast properties.
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
let counts = [0, 1, 5, 10, 12, 20, 23, 24, 30, 100];
for (const n of counts) {
  let bar = new Foo(n, 10);
  console.log(`Foo(${n}, 10): fast ${%HasFastProperties(bar)}`);
}
let x = new Foo(3, 0);
let y = new Foo(3, 100);
console.log('Foo(3,0) vs Foo(3,100):', %HaveSameMap(x, y));
console.log('Foo(3,100) elements: object', %HasObjectElements(y), 'holey', %HasHoleyElements(y));
