let obj = { a: 1 };
let newObj = obj;
newObj.a = 2;
console.log(obj.a);
