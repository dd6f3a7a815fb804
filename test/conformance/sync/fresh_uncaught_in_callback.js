// An uncaught TypeError thrown inside an array callback, three frames deep.
const data = [{ name: 'a' }, null, { name: 'c' }];
function names(list) {
  return list.map(item => item.name.toUpperCase());
}
console.log('processing', data.length);
console.log(names(data));
