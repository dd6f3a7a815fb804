// length loads on arrays, strings, functions and arguments-free objects with a length field;
// keyed loads of characters from a string (str[i]) and charAt method loads.
// record: ic
function len(x) {
  return x.length;
}
function charAtIndex(s, i) {
  return s[i];
}
function method(s) {
  return s.charAt(0);
}
for (let i = 0; i < 12; i++) {
  len([1, 2]);
  charAtIndex('hello', i % 5);
  method('abc');
}
len('str');
len(function (a, b) {});
len({ length: 3 });
len([1.5]);
charAtIndex('hi', 5);
charAtIndex(['a'], 0);
console.log(len('abcd'), charAtIndex('xyz', 1), method('q'));
