// Seed: 001_d6aec9cc0a2b889d.txt, 八、JavaScript内存机制 §1 数据是如何存储的？ (obj and newObj share one heap object).
let obj = { a: 1 };
let newObj = obj;
newObj.a = 2;
console.log(obj.a);//变成了2
// Added: primitives are copied, objects are shared.
let n = 1;
let m = n;
m = 2;
console.log(n, m, obj === newObj);
