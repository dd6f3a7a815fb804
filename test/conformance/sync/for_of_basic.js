// for-of over arrays, strings (by code point), Maps, Sets, arguments and entries().
for (const x of [10, 20]) console.log('array', x);
for (const ch of 'a😀b') console.log('char', ch, ch.length);
for (const [k, v] of new Map([
  ['one', 1],
  ['two', 2],
]))
  console.log('map', k, v);
for (const v of new Set(['x', 'y', 'x'])) console.log('set', v);
for (const [i, v] of ['p', 'q'].entries()) console.log('entry', i, v);
(function () {
  for (const a of arguments) console.log('argument', a);
})('first', 'second');

const arr = [1, 2, 3];
for (const x of arr) {
  if (x === 1) arr.push(4);
  console.log('live iteration', x);
}

try {
  for (const x of { a: 1 }) console.log(x);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
