// Seed: 002_c52e49598bf4ced6.txt, §4.5.2 增量回收 (window.a.b re-pointed to a new object d).
window.a = Object();
window.a.b = Object();
window.a.b.c = Object();
const oldB = window.a.b;
window.a.b = Object(); // d
console.log('c' in window.a.b, 'c' in oldB, window.a.b === oldB);
