// The map records each field's representation: which values keep two {v} objects on the same map.
function same(a, b) {
  let o1 = { v: a };
  let o2 = { v: b };
  return %HaveSameMap(o1, o2);
}
console.log('1 / 2', same(1, 2));
console.log('1 / 1.5', same(1, 1.5));
console.log('1.5 / 2.5', same(1.5, 2.5));
console.log('1 / "a"', same(1, 'a'));
console.log('"a" / "b"', same('a', 'b'));
console.log('{} / []', same({}, []));
console.log('null / undefined', same(null, undefined));
console.log('true / 1', same(true, 1));
console.log('-0 / 0', same(-0, 0));
console.log('NaN / 1', same(NaN, 1));
console.log('2**31 / 1', same(2 ** 31, 1));
