// Seed: 002_c52e49598bf4ced6.txt, §4.4.1 垃圾数据的产生 (window.test.a is replaced; the old array becomes garbage).
window.test = new Object();
window.test.a = new Uint16Array(100);
console.log(window.test.a.length, window.test.a instanceof Uint16Array);
window.test.a = new Object();
console.log(window.test.a instanceof Uint16Array, Object.keys(window.test));
