// record: ic
// A keyed load o[k] fed arrays of several elements kinds, then string keys on objects.
function get(o, k) {
  return o[k];
}
%EnsureFeedbackVectorForFunction(get);
get([1, 2, 3], 0);
get([1, 2, 3], 1);
get([1.5, 2.5], 0);
get(['a', 'b'], 1);
get({ x: 1 }, 'x');
get({ x: 1, y: 2 }, 'y');
console.log(get([7, 8], 1), get({ z: 9 }, 'z'));
