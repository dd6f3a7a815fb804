// Seed: 002_c52e49598bf4ced6.txt, §4.1 回调函数的实现：消息队列 (a synchronous callback with forEach).
let myArray = ['water', 'goods', '123', 'like'];
function handlerArray(indexName, index) {
  console.log(index + 1 + '. ' + indexName);
}
myArray.forEach(handlerArray);
