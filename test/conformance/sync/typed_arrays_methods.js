// Typed arrays share most array methods, but map and filter keep the element type.
const t = new Int8Array([5, -3, 120, 7]);
console.log(t.map((x) => x * 2), t.filter((x) => x > 0), t.reduce((a, b) => a + b));
console.log(t.slice(1, 3), t.indexOf(7), t.includes(-3), t.join('|'), t.at(-1), String(t));
console.log(new Int8Array([3, 1, 2, -1]).sort(), new Float64Array([10, 9, 1]).sort(), t.toSorted ? 'has toSorted' : '');
const copy = new Uint16Array(6);
copy.set([1, 2, 3], 2);
console.log(copy, copy.fill(9, 0, 2), copy.reverse());
console.log([...new Uint8Array([1, 2]).entries()], Uint8Array.of(1, 2, 300), Uint8Array.BYTES_PER_ELEMENT);
const big = new BigInt64Array([1n, -2n]);
console.log(big, typeof big[0], new BigUint64Array([-1n])[0]);
try {
  big[0] = 1;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  new Uint8Array(-1);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const dv = new DataView(new ArrayBuffer(4));
dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
console.log(dv.getUint8(0), dv.getUint8(1), dv.getUint8(2), dv.getUint8(3), dv.getInt16(0), dv.byteLength);
console.log(JSON.stringify(new Uint8Array([1, 2])), Object.getPrototypeOf(Int8Array).name, new ArrayBuffer(16).slice(4, 8).byteLength);
