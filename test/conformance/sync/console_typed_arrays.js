// console.log of typed arrays, ArrayBuffers and DataViews.
console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array([1.5, -0, NaN]), new Int32Array(0));
console.log([new Int16Array(2)], { bytes: new Uint8Array([255]) });
console.log(new ArrayBuffer(3));
console.log(new DataView(new ArrayBuffer(2)));
console.log(new BigInt64Array([5n]));
console.log(new Uint8Array(120));
